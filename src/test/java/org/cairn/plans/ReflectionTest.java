package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.race4;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.Reflection;
import org.cairn.plans.entity.ReflectionAnswer;
import org.junit.jupiter.api.Test;

class ReflectionTest {

    private final LearningPlan plan = planOf(ANA);

    @Test
    void answersFollowThePromptOrderAndKeepThePromptWords() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("What will I try next?", "Draw a tape diagram first");
        answers.put("What went well?", "Unit rates");
        Reflection reflection = Reflection.write(plan, race4(), answers, Map.of(), NOW);
        assertThat(reflection.answers()).extracting(ReflectionAnswer::prompt)
                .containsExactly("What went well?", "What will I try next?");
        assertThat(reflection.studentId()).isEqualTo(ANA);
        assertThat(reflection.writtenAt()).isEqualTo(NOW);
    }

    @Test
    void anOversizeAnswerNamesThePrompt() {
        assertThatThrownBy(() -> Reflection.write(plan, race4(), Map.of("What was hard?", "a".repeat(4001)), Map.of(), NOW))
                .isInstanceOf(PlanProblem.class)
                .hasMessage("The answer to \"What was hard?\" has 4001 characters; at most 4000 are allowed")
                .satisfies(e -> assertThat(((PlanProblem) e).problem().status()).isEqualTo(400));
    }

    @Test
    void anAnswerOfExactly4000CharactersIsKept() {
        Reflection r = Reflection.write(plan, race4(), Map.of("What was hard?", "a".repeat(4000)), Map.of(), NOW);
        assertThat(r.answers().get(0).answer()).hasSize(4000);
    }

    @Test
    void anAnswerToAPromptThePlanDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> Reflection.write(plan, race4(), Map.of("Why?", "Because"), Map.of(), NOW))
                .hasMessageContaining("\"Why?\" is not one of this plan's prompts");
    }

    @Test
    void aReflectionAnswersAtLeastOnePrompt() {
        assertThatThrownBy(() -> Reflection.write(plan, race4(), Map.of("What went well?", " "), Map.of(), NOW))
                .hasMessageStartingWith("A reflection answers at least one prompt");
    }

    @Test
    void habitRatingsAreOptionalAndOneToFour() {
        Reflection r = Reflection.write(plan, race4(), Map.of("What went well?", "Ratios"),
                Map.of(Habit.PERSISTENCE, 3), NOW);
        assertThat(r.rating(Habit.PERSISTENCE)).contains(3);
        assertThat(r.rating(Habit.GOAL_SETTING)).isEmpty();
        assertThatThrownBy(() -> Reflection.write(plan, race4(), Map.of("What went well?", "Ratios"),
                Map.of(Habit.MONITORING_PROGRESS, 5), NOW))
                .hasMessage("A habit rating is 1 to 4; monitoring progress was rated 5");
    }

    @Test
    void teacherEditedPromptsAreTheOnesAnswered() {
        plan.editPrompts(java.util.List.of("What am I proud of?"));
        Reflection r = Reflection.write(plan, race4(), Map.of("What am I proud of?", "My poster"), Map.of(), NOW);
        assertThat(r.answers()).extracting(ReflectionAnswer::prompt).containsExactly("What am I proud of?");
    }
}
