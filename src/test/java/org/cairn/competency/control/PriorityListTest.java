package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

class PriorityListTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @Test
    void keepsTheTeachersOrderAndMatchesUnitsIgnoringCase() {
        var list = PriorityList.of(List.of(new PriorityList.Unit(" Ratios ", NOV_2, NOV_2.plusDays(14))),
                List.of(new PriorityList.Choice(B, StandardCategory.HABIT, null),
                        new PriorityList.Choice(A, null, "ratios")));
        assertThat(list.choices()).extracting(PriorityList.Choice::standardId).containsExactly(B, A);
        assertThat(list.choices().get(1).unit()).isEqualTo("Ratios");
        assertThat(list.unit("Ratios")).hasValueSatisfying(u -> assertThat(u.end()).isEqualTo(NOV_2.plusDays(14)));
    }

    @Test
    void reportsEveryProblemWithItsField() {
        var rejected = catchThrowableOfType(() -> PriorityList.of(
                List.of(new PriorityList.Unit("Ratios", NOV_2, NOV_2.minusDays(1)), new PriorityList.Unit("ratios", null, null),
                        new PriorityList.Unit(" ", null, null)),
                List.of(new PriorityList.Choice(A, null, null), new PriorityList.Choice(A, null, null),
                        new PriorityList.Choice(B, null, "Fractions"))), InputRejected.class);
        assertThat(rejected.errors()).extracting(InputRejected.FieldProblem::field)
                .containsExactly("units[0].end", "units[1].name", "units[2].name", "standards[1].standardId", "standards[2].unit");
        assertThat(rejected.problem().status()).isEqualTo(400);
        assertThat(rejected.problem().detail()).contains("ends (2026-11-01) before it starts (2026-11-02)").contains("4 more");
    }

    @Test
    void anEmptyListIsAllowedSoATeacherCanStartOver() {
        assertThat(PriorityList.of(List.of(), List.of()).choices()).isEmpty();
    }

    @Test
    void refusedStandardsReadInSpanishWithHowManyMoreProblemsThereAre() {
        var rejected = catchThrowableOfType(() -> PriorityList.of(
                List.of(new PriorityList.Unit("Ratios", NOV_2, NOV_2.minusDays(1)), new PriorityList.Unit(" ", null, null)),
                List.of()), InputRejected.class);

        assertThat(rejected.problem().detail()).isEqualTo("The course's standards were not saved: unit \"Ratios\" ends "
                + "(2026-11-01) before it starts (2026-11-02) (and 1 more). Nothing was saved.");
        assertThat(rejected.problem().in(Messages.SPANISH).detail()).isEqualTo("No se guardaron los estándares del "
                + "curso: la unidad \"Ratios\" termina (2026-11-01) antes de empezar (2026-11-02) (y 1 más). "
                + "No se guardó ningún cambio.");
    }
}
