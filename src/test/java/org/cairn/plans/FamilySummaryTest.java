package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.TODAY;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.race4;
import static org.cairn.plans.PlanFixtures.readingHabit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Messages;
import org.cairn.plans.control.FamilySummary;
import org.cairn.plans.control.FamilySummary.Standing;
import org.cairn.plans.control.PlanRecords;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.Reflection;
import org.junit.jupiter.api.Test;

class FamilySummaryTest {

    private final LearningPlan plan = planOf(ANA);
    private final List<Standing> standings = List.of(
            new Standing("6.RP.1", "Understand ratios", "Proficient", true),
            new Standing("6.RP.3", "Use ratio reasoning", "Developing", false),
            new Standing("6.NS.1", null, null, false));

    private PlanRecords records(boolean notesShareable) {
        Goal goal = Goal.set(plan, race4(), readingHabit(LocalDate.of(2026, 12, 4)), ana(), NOW);
        Conference last = Conference.schedule(plan, TEACHER, TODAY.minusDays(7), LocalTime.of(9, 0), 5, NOW);
        last.hold(NOW);
        last.writeNotes("Ana is ready for percents", notesShareable, NOW);
        Conference next = Conference.schedule(plan, TEACHER, LocalDate.of(2026, 12, 3), LocalTime.of(9, 15), 5, NOW);
        Reflection reflection = Reflection.write(plan, race4(), Map.of("What was hard?", "A private worry"), Map.of(), NOW);
        return new PlanRecords(plan, List.of(goal), List.of(reflection), List.of(last, next));
    }

    @Test
    void saysInPlainEnglishWhatIsMasteredInProgressTheGoalsAndTheNextConference() {
        FamilySummary summary = FamilySummary.of(Messages.forLocale(Messages.ENGLISH), "Ana", standings, records(false), TODAY);
        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.text()).isEqualTo("""
                Learning plan of Ana

                This is where Ana stands on November 27, 2026: what Ana has mastered, what Ana is working on, and the goals Ana set.

                Mastered
                - 6.RP.1: Understand ratios (now: Proficient)

                Working on
                - 6.RP.3: Use ratio reasoning (now: Developing)
                - 6.NS.1 (now: not yet assessed)

                Current goals
                - Read 20 minutes 4 days a week (by December 4, 2026)

                Next conference with the teacher
                - December 3, 2026 at 09:15
                """);
    }

    @Test
    void speaksSpanish() {
        FamilySummary summary = FamilySummary.of(Messages.forLocale(Messages.SPANISH), "Ana", standings, records(false), TODAY);
        assertThat(summary.language()).isEqualTo("es");
        assertThat(summary.title()).isEqualTo("Plan de aprendizaje de Ana");
        assertThat(summary.sections()).extracting(FamilySummary.Section::heading)
                .containsExactly("Dominado", "En progreso", "Metas actuales", "Próxima reunión con el docente");
        assertThat(summary.text()).contains("(para el 4 de diciembre de 2026)");
    }

    @Test
    void teacherNotesAppearOnlyWhenMarkedShareable() {
        Messages en = Messages.forLocale(Messages.ENGLISH);
        assertThat(FamilySummary.of(en, "Ana", standings, records(false), TODAY).text()).doesNotContain("percents");
        assertThat(FamilySummary.of(en, "Ana", standings, records(true), TODAY).text())
                .contains("From the last conference\n- Ana is ready for percents");
    }

    @Test
    void neverIncludesReflections() {
        assertThat(FamilySummary.of(Messages.forLocale(Messages.ENGLISH), "Ana", standings, records(true), TODAY).text())
                .doesNotContain("private worry");
    }

    @Test
    void emptySectionsSayWhatIsMissingInWords() {
        FamilySummary summary = FamilySummary.of(Messages.forLocale(Messages.ENGLISH), "Ana", List.of(),
                new PlanRecords(plan, List.of(), List.of(), List.of()), TODAY);
        assertThat(summary.text()).contains("- No standard mastered yet: this is where learning starts.")
                .contains("- No goal set right now.").contains("- Not scheduled yet.");
    }

}
