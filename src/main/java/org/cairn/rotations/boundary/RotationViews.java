package org.cairn.rotations.boundary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.rotations.control.ClassSnapshots;
import org.cairn.rotations.control.GroupingRecords;
import org.cairn.rotations.entity.CourseStation;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.StationKind;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentRole;

/** What the rotations API answers. Student ids are roster person ids; names are shown to teachers only. */
public final class RotationViews {

    private RotationViews() {
    }

    /** version: the station's, to send back when changing or retiring it. */
    public record StationView(UUID id, String name, StationKind kind, URI link, int capacity, String instructions,
                              long version) {
        static StationView of(CourseStation s) {
            return new StationView(s.id(), s.name(), s.kind(), s.link() == null ? null : URI.create(s.link()),
                    s.capacity(), s.instructions(), s.version());
        }
    }

    public record RotationSummary(UUID id, String title, LocalDate date, int rounds, int minutesPerRound,
                                  List<StationView> stations, int currentRound, Instant roundStartedAt,
                                  int groupings) {
    }

    public record StudentName(UUID id, String name) {
    }

    /** A teacher's whole view of a rotation: the current grouping with its agenda, and the groupings before it. */
    public record RotationDetail(RotationSummary rotation, GroupingView grouping, List<GroupingSummary> history,
                                 List<StudentName> students, List<ClassSnapshots.Option> standards) {
    }

    public record GroupingSummary(UUID id, int sequence, GroupingMethod method, Instant createdAt,
                                  List<String> standardCodes, int moves) {
    }

    public record Member(UUID id, String name, StudentRole role, StudentExplanation explanation) {
    }

    public record GroupView(int number, boolean intervention, List<Member> members) {
    }

    public record MoveView(int sequence, UUID studentId, int fromGroup, int toGroup, Instant movedAt) {
    }

    public record GroupingView(UUID id, int sequence, GroupingMethod method, Instant createdAt, Instant masteryAt,
                               GroupingRecords.Inputs inputs, List<GroupView> groups, List<StudentName> absent,
                               List<String> relaxedGoals, List<MoveView> moves, AgendaView agenda) {
    }

    public record Placement(int group, UUID stationId, String stationName) {
    }

    public record Apart(UUID studentId, String name, UUID stationId, String stationName, StudentRole role,
                        boolean ownAgenda) {
    }

    /** One round: each group's station and the students who are elsewhere than their group. */
    public record RoundView(int round, int startsAtMinute, List<Placement> groups, List<Apart> apart) {
    }

    public record ConflictView(UUID studentId, String name, int round, UUID stationId, String message) {
    }

    /**
     * ownAgendas: the stations of each student in a group who has their own; ownAgendaVersions: the version of every
     * own agenda ever set in this rotation (followed or not), to send back when saving or clearing one (a student
     * missing from it: 0).
     */
    public record AgendaView(List<RoundView> rounds, List<ConflictView> conflicts, List<String> notes,
                             Map<UUID, List<UUID>> ownAgendas, Map<UUID, Long> ownAgendaVersions) {
    }

    /** The classroom board: who is where in every round, and where the timer is. */
    public record BoardView(UUID rotationId, String title, LocalDate date, int rounds, int minutesPerRound,
                            int currentRound, Instant roundStartedAt, Instant serverTime, List<StationView> stations,
                            List<GroupView> groups, List<RoundView> schedule) {
    }

    public record StationStop(int round, int startsAtMinute, StationView station) {
    }

    /** One student's agenda, "now" and "next" in the board's current round. */
    public record StudentAgenda(UUID rotationId, String title, LocalDate date, UUID studentId, boolean inGroup,
                                Integer group, StudentRole role, int currentRound, int rounds, int minutesPerRound,
                                Instant roundStartedAt, StationView now, StationView next, List<StationStop> stops) {
    }
}
