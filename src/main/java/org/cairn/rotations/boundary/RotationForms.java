package org.cairn.rotations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.StationKind;

/**
 * Request bodies of the rotations API. Classes with public fields, not records: Payara's OpenAPI generator fails on
 * Bean Validation annotations on record components. Rounds, minutes, capacities and group sizes are checked by the
 * domain, whose problems name the constraint ("ROUNDS") that cannot be met.
 */
public final class RotationForms {

    private RotationForms() {
    }

    /** A station of the course. */
    public static class StationForm {
        @NotBlank
        @Size(max = 200)
        public String name;
        @NotNull
        public StationKind kind;
        @Size(max = 2048)
        public String link;
        @NotNull
        public Integer capacity;
        @Size(max = 4000)
        public String instructions;
        /** Changing a station: its version as the page loaded it; optional, and not read when a station is added. */
        public Long version;
    }

    /** A rotation: the stations in play (in rotation order), rounds and minutes; title and date are optional. */
    public static class RotationForm {
        @Size(max = 200)
        public String title;
        public LocalDate date;
        @NotNull
        public Integer rounds;
        @NotNull
        public Integer minutesPerRound;
        @NotNull
        public List<UUID> stationIds;
    }

    /**
     * How to group: the method, the target standards, either a group count or minimum and maximum sizes (neither:
     * one group per station in play), sets to keep apart and together, and who is absent today.
     */
    public static class GroupingForm {
        @NotNull
        public GroupingMethod method;
        @NotNull
        public List<UUID> standardIds;
        public Integer groupCount;
        public Integer minSize;
        public Integer maxSize;
        public List<List<UUID>> keepApart;
        public List<List<UUID>> keepTogether;
        public List<UUID> absent;
        public MissingEvidence missingEvidence;
    }

    /** Regroup from the newest evidence with the same choices; absent replaces the absent list when given. */
    public static class RegroupForm {
        public List<UUID> absent;
    }

    /** Move one student to another group of the current grouping. */
    public static class MoveForm {
        @NotNull
        public UUID studentId;
        @NotNull
        public Integer toGroup;
    }

    /** A student's own sequence of stations, one per round. */
    public static class OwnAgendaForm {
        @NotNull
        public List<UUID> stationIds;
        /** The version of the student's own agenda as the page loaded it (0 when none was ever set); optional. */
        public Long version;
    }

    /** Where the board is: the round shown and whether its countdown runs. */
    public static class RoundForm {
        @NotNull
        public Integer round;
        public boolean running;
    }
}
