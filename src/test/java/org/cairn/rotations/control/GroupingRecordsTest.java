package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Messages;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.ScaleLevel;
import org.cairn.rotations.entity.StudentId;
import org.junit.jupiter.api.Test;

/** A kept grouping's inputs, snapshot and result survive the trip through JSON and rebuild the same grouping. */
class GroupingRecordsTest {

    private static final GroupingRecords.Inputs INPUTS = new GroupingRecords.Inputs(GroupingMethod.SKILL,
            List.of(Classes.RP3, Classes.RP2), 2, null, null, List.of(List.of("ana", "ben")), List.of(List.of("gus", "hal")),
            List.of("eli"), MissingEvidence.COUNT_AS_LOWEST);

    private static GroupingRecords.Snapshot snapshot() {
        var students = List.of("ana", "ben", "cai", "dev", "eli", "fay", "gus", "hal").stream()
                .map(id -> new GroupingRecords.ClassMember(id, id.toUpperCase())).toList();
        return new GroupingRecords.Snapshot(Instant.parse("2026-11-27T09:00:00Z"),
                List.of(new ScaleLevel(1, "Beginning"), new ScaleLevel(2, "Developing"), new ScaleLevel(3, "Proficient"),
                        new ScaleLevel(4, "Advanced")), 3, students,
                Map.of("ana", Map.of("rp3", 1, "rp2", 1), "ben", Map.of("rp3", 2), "hal", Map.of("rp3", 4, "rp2", 4)),
                true);
    }

    @Test
    void inputsAndSnapshotRebuildTheRequestAfterJson() {
        var inputs = GroupingRecords.read(GroupingRecords.write(INPUTS), GroupingRecords.Inputs.class);
        var snapshot = GroupingRecords.read(GroupingRecords.write(snapshot()), GroupingRecords.Snapshot.class);

        assertThat(inputs).isEqualTo(INPUTS);
        assertThat(snapshot).isEqualTo(snapshot());
        var request = GroupingRecords.request(inputs, snapshot);
        assertThat(request.students().stream().filter(s -> !s.present()).map(s -> s.id().value())).containsExactly("eli");
        assertThat(request.levels().get(StudentId.of("ben"))).isEqualTo(Map.of("rp3", 2));
        assertThat(request.constraints().keepApart()).hasSize(1);
        assertThat(request.scale().masteryPoints()).isEqualTo(3);
    }

    @Test
    void cairnsLevelsInASnapshotReadInTheReadersLanguageAndAnOwnScaleKeepsItsWords() {
        var cairns = snapshot();
        assertThat(cairns.label(2, "Developing", Messages.SPANISH)).isEqualTo("En desarrollo");
        assertThat(cairns.label(2, "Developing", Messages.ENGLISH)).isEqualTo("Developing");

        var own = new GroupingRecords.Snapshot(cairns.takenAt(), cairns.scale(), 3, cairns.students(), cairns.levels(),
                false);
        assertThat(own.label(2, "Developing", Messages.SPANISH)).isEqualTo("Developing");
    }

    @Test
    void aSnapshotKeptBeforeTheMarkIsCairnsWhenItsLevelsAreCairnsEnglishOnes() {
        String json = GroupingRecords.write(snapshot()).replace(",\"cairnsLevels\":true", "");
        assertThat(json).doesNotContain("cairnsLevels");
        var old = GroupingRecords.read(json, GroupingRecords.Snapshot.class);
        assertThat(old.cairnsLevels()).isNull();
        assertThat(old.label(1, "Beginning", Messages.SPANISH)).isEqualTo("Inicial");

        var ownWords = new GroupingRecords.Snapshot(old.takenAt(), List.of(new ScaleLevel(1, "Not yet"),
                new ScaleLevel(2, "Got it")), 2, old.students(), old.levels(), null);
        assertThat(ownWords.label(1, "Not yet", Messages.SPANISH)).isEqualTo("Not yet");
    }

    @Test
    void aResultReadBackIsTheSameGrouping() {
        var request = GroupingRecords.request(INPUTS, snapshot());
        var grouping = org.cairn.rotations.control.Groupings.skill(request);

        var stored = GroupingRecords.write(GroupingRecords.Result.of(grouping));
        var back = GroupingRecords.read(stored, GroupingRecords.Result.class).grouping();

        assertThat(back).isEqualTo(grouping);
    }

    @Test
    void relaxedGoalsAreKeptAsKeysAndArgumentsAndReadInTheReadersLanguage() {
        var request = GroupingRecords.request(INPUTS, snapshot());
        var grouping = org.cairn.rotations.control.Groupings.mixed(request);
        assertThat(grouping.relaxedGoals()).isNotEmpty();

        String stored = GroupingRecords.write(GroupingRecords.Result.of(grouping));
        assertThat(stored).contains("\"relaxedGoalPhrases\":[{\"key\":\"rotations.server.relaxed.")
                .doesNotContain("\"relaxedGoals\"");
        var back = GroupingRecords.read(stored, GroupingRecords.Result.class).grouping();
        assertThat(back.relaxedGoals()).isEqualTo(grouping.relaxedGoals());
        assertThat(back.relaxedGoals().get(0).in(Messages.SPANISH)).isNotEqualTo(back.relaxedGoals().get(0).english());
    }

    @Test
    void aGroupingKeptWithEnglishSentencesShowsThemAsTheyAre() {
        var request = GroupingRecords.request(INPUTS, snapshot());
        String stored = GroupingRecords.write(GroupingRecords.Result.of(org.cairn.rotations.control.Groupings.skill(request)))
                .replaceFirst("\"relaxedGoalPhrases\":\\[[^\\]]*\\]",
                        "\"relaxedGoals\":[\"Groups differ in size by more than one (3, 5)\"]");
        var back = GroupingRecords.read(stored, GroupingRecords.Result.class).grouping();
        assertThat(back.relaxedGoals()).singleElement().satisfies(p -> {
            assertThat(p.english()).isEqualTo("Groups differ in size by more than one (3, 5)");
            assertThat(p.in(Messages.SPANISH)).isEqualTo("Groups differ in size by more than one (3, 5)");
        });
    }
}
