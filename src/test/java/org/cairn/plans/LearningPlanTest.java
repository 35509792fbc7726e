package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.TEACHER;

import java.util.List;
import java.util.Optional;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanTemplate;
import org.junit.jupiter.api.Test;

class LearningPlanTest {

    @Test
    void aPlanWithoutTemplateStartsWithTheThreeDefaultPrompts() {
        LearningPlan plan = LearningPlan.start(COURSE, ANA, Optional.empty(), NOW);
        assertThat(plan.reflectionPrompts()).containsExactly("What went well?", "What was hard?", "What will I try next?");
        assertThat(plan.goalSuggestions()).isEmpty();
        assertThat(plan.templateId()).isEmpty();
    }

    @Test
    void aPlanStartsFromTheCourseTemplate() {
        PlanTemplate template = new PlanTemplate(COURSE, TEACHER, NOW);
        template.editPrompts(List.of("What am I proud of?", "Where did I get stuck?"), TEACHER, NOW);
        template.suggestGoals(List.of("Read 20 minutes 4 days a week", " "), TEACHER, NOW);
        LearningPlan plan = LearningPlan.start(COURSE, ANA, Optional.of(template), NOW);
        assertThat(plan.reflectionPrompts()).containsExactly("What am I proud of?", "Where did I get stuck?");
        assertThat(plan.goalSuggestions()).containsExactly("Read 20 minutes 4 days a week");
        assertThat(plan.templateId()).contains(template.id());
    }

    @Test
    void aLaterTemplateChangeDoesNotRewriteAPlanInUse() {
        PlanTemplate template = new PlanTemplate(COURSE, TEACHER, NOW);
        LearningPlan plan = LearningPlan.start(COURSE, ANA, Optional.of(template), NOW);
        template.editPrompts(List.of("New prompt?"), TEACHER, NOW);
        assertThat(plan.reflectionPrompts()).containsExactlyElementsOf(PlanTemplate.DEFAULT_PROMPTS);
    }

    @Test
    void clearingThePromptsRestoresTheDefaults() {
        LearningPlan plan = LearningPlan.start(COURSE, ANA, Optional.empty(), NOW);
        plan.editPrompts(List.of("Only one?"));
        plan.editPrompts(List.of());
        assertThat(plan.reflectionPrompts()).containsExactlyElementsOf(PlanTemplate.DEFAULT_PROMPTS);
    }

    @Test
    void aTemplateDefaultsToBiweeklyFiveMinuteConferences() {
        PlanTemplate template = new PlanTemplate(COURSE, TEACHER, NOW);
        assertThat(template.cadence()).isEqualTo(ConferenceCadence.BIWEEKLY);
        assertThat(template.conferenceMinutes()).isEqualTo(5);
    }

    @Test
    void refusesAConferenceLengthOutsideOneToSixtyMinutes() {
        PlanTemplate template = new PlanTemplate(COURSE, TEACHER, NOW);
        assertThatThrownBy(() -> template.setConferences(ConferenceCadence.WEEKLY, 0, TEACHER, NOW))
                .isInstanceOf(PlanProblem.class).hasMessage("A conference lasts 1 to 60 minutes, not 0");
    }

    @Test
    void refusesAnOverlongPrompt() {
        assertThatThrownBy(() -> PlanTemplate.checkedPrompts(List.of("x".repeat(301))))
                .isInstanceOf(PlanProblem.class).hasMessageContaining("has 301 characters; at most 300");
    }
}
