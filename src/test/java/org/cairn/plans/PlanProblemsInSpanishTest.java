package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.TODAY;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.anasParent;
import static org.cairn.plans.PlanFixtures.ben;
import static org.cairn.plans.PlanFixtures.period;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.proficientOnRp3;
import static org.cairn.plans.PlanFixtures.race4;
import static org.cairn.plans.PlanFixtures.teacher;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.plans.control.PeriodRules;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.cairn.plans.entity.Visibility;
import org.junit.jupiter.api.Test;

/** A Spanish-speaking teacher or student reads the plans' rules in Spanish; English stays what it was. */
class PlanProblemsInSpanishTest {

    private static Problem spanish(ThrowingCallable call) {
        return catchThrowableOfType(ProblemException.class, call).problem().in(Messages.SPANISH);
    }

    @Test
    void anOverlappingPeriodReadsInSpanishWithBothPeriodsNamed() {
        PlanningPeriod race5 = period("Race 5", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 18));

        Problem problem = spanish(() -> new PeriodRules(PeriodRules.DEFAULT_MAX_DAYS).check(race5, List.of(race4())));

        assertThat(problem.title()).isEqualTo("Los períodos de planificación de un curso no pueden superponerse");
        assertThat(problem.detail()).isEqualTo("El período «Race 5» (del 2026-12-06 al 2026-12-18) se superpone con el "
                + "período «Race 4» (del 2026-11-23 al 2026-12-06); los períodos de un curso no pueden superponerse");
        assertThat(problem.status()).isEqualTo(409);
    }

    @Test
    void aTargetDateOutsideThePeriodReadsInSpanishWithTheDatesToChooseFrom() {
        Problem problem = spanish(() -> Goal.set(planOf(ANA), race4(), proficientOnRp3(LocalDate.of(2026, 12, 11)),
                ana(), NOW));

        assertThat(problem.title()).isEqualTo("La fecha de la meta está fuera de su período de planificación");
        assertThat(problem.detail()).isEqualTo("La fecha 2026-12-11 de la meta está fuera del período de planificación "
                + "«Race 4» (del 2026-11-23 al 2026-12-06); elige una fecha del 2026-11-23 al 2026-12-06");
    }

    @Test
    void refusalsReadInSpanishWithTheRoleInSpanishToo() {
        Problem teacherOnly = spanish(() -> PlanAuthorization.manageConferences(anasParent(), COURSE));
        assertThat(teacherOnly.title()).isEqualTo("No está permitido en este plan de aprendizaje");
        assertThat(teacherOnly.detail()).isEqualTo("Solo un docente del curso puede programar reuniones o escribir notas "
                + "de reuniones; iniciaste sesión como observador");

        assertThat(spanish(() -> PlanAuthorization.writeGoal(ben(), planOf(ANA))).detail())
                .isEqualTo("Un estudiante solo puede poner o cambiar metas en su propio plan, no en el de otro estudiante");
        assertThat(spanish(() -> PlanAuthorization.writeAboutMe(teacher(), planOf(ANA))).detail())
                .isEqualTo("Solo el estudiante puede escribir el «Sobre mí» de su propio plan; un docente lo lee");
    }

    @Test
    void wordsInsideASentenceAreSpanishTooAndNumbersAreNotGrouped() {
        Conference conference = Conference.schedule(planOf(ANA), TEACHER, TODAY, LocalTime.of(9, 30), 5, NOW);
        conference.miss(NOW);
        assertThat(spanish(() -> conference.hold(NOW)).detail())
                .isEqualTo("La reunión del 2026-11-27 figura como no asistida y no puede pasar a realizada");

        assertThat(spanish(() -> new GoalTarget.CountPer(20, "minutes", 8, GoalTarget.Per.WEEK)).detail())
                .isEqualTo("Una meta que se cuenta se cumple de 1 a 7 veces por semana, no 8");

        assertThat(spanish(() -> Reflection.write(planOf(ANA), race4(), Map.of("What went well?", "Ratios"),
                Map.of(Habit.MONITORING_PROGRESS, 5), NOW)).detail())
                .isEqualTo("La valoración de un hábito va de 1 a 4; «Seguir mi progreso» recibió 5");

        AboutMe profile = new AboutMe(planOf(ANA), NOW);
        assertThat(spanish(() -> profile.write(AboutMeField.STRENGTHS, "s".repeat(2001), Visibility.ONLY_ME, NOW)).detail())
                .isEqualTo("«Mis fortalezas» tiene 2001 caracteres; se permiten como máximo 2000");
    }

    @Test
    void theEnglishDetailIsUnchangedWhereNoLanguageIsAsked() {
        Problem problem = catchThrowableOfType(ProblemException.class,
                () -> PlanAuthorization.changeMastery(ana(), COURSE)).problem();

        assertThat(problem.detail())
                .isEqualTo("Only a teacher of the course may change mastery levels; you are signed in as student");
        assertThat(problem.in(Messages.ENGLISH).detail()).isEqualTo(problem.detail());
        assertThat(problem.in(Messages.ENGLISH).title()).isEqualTo("Not allowed in this learning plan");
    }
}
