package org.cairn.infra.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void aPhrasedProblemIsEnglishUntilAskedForSpanish() {
        Problem problem = Problem.of(ProblemType.NOT_FOUND, 404, Phrase.of("infra.problem.nothingAt", "/api/v1/x"));

        assertThat(problem.detail()).isEqualTo("Nothing is at /api/v1/x.");
        assertThat(problem.title()).isEqualTo("Not found");
        Problem spanish = problem.in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("No hay nada en /api/v1/x.");
        assertThat(spanish.title()).isEqualTo("No encontrado");
        assertThat(spanish.status()).isEqualTo(404);
        assertThat(spanish.type()).isEqualTo(problem.type());
    }

    @Test
    void extensionMembersSurviveTheTranslation() {
        Problem problem = Problem.of(ProblemType.INTERNAL_ERROR, 500, Phrase.of("problem.internal", "abc-123"))
                .with("incident", "abc-123");

        Problem spanish = problem.in(Messages.SPANISH);

        assertThat(spanish.extensionMembers()).containsEntry("incident", "abc-123");
        assertThat(spanish.detail()).contains("abc-123").startsWith("Cairn no pudo");
    }

    @Test
    void aPhraseInsideAPhraseIsInTheSameLanguage() {
        Phrase nested = Phrase.of("infra.problem.jsonBecause",
                Phrase.of("infra.problem.jsonAt", Phrase.of("infra.problem.jsonField", "goals[0].target"), "3", "14"),
                "Unexpected character");

        assertThat(nested.english()).isEqualTo("The field 'goals[0].target' has a value of the wrong type or form "
                + "(line 3, column 14): Unexpected character");
        assertThat(nested.in(Messages.SPANISH)).isEqualTo("El campo 'goals[0].target' tiene un valor de tipo o forma "
                + "incorrectos (línea 3, columna 14): Unexpected character");
    }

    @Test
    void aProblemWithoutAPhraseKeepsItsDetailButGetsItsTitleTranslated() {
        Problem problem = Problem.of(ProblemType.CONFLICT, 409, "Some text only the server wrote.");

        Problem spanish = problem.in(Messages.SPANISH);

        assertThat(spanish.detail()).isEqualTo("Some text only the server wrote.");
        assertThat(spanish.title()).isEqualTo("Conflicto");
    }

    @Test
    void aFeatureTypeWithoutATranslatedTitleKeepsItsEnglishOne() {
        Problem problem = Problem.of(new ProblemType("no-such-type", "An English title"), 400, "x");

        assertThat(problem.in(Messages.SPANISH).title()).isEqualTo("An English title");
    }

    @Test
    void fieldMessagesAmongTheExtensionsAreTranslatedToo() throws Exception {
        Problem problem = Problem.of(ProblemType.INVALID_INPUT, 400, Phrase.of("infra.problem.fieldIs", "name",
                Phrase.of("infra.problem.constraint.NotNull"))).with("errors",
                List.of(java.util.Map.of("field", "name", "message", Phrase.of("infra.problem.constraint.NotNull"))));

        String english = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(problem);
        String spanish = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(problem.in(Messages.SPANISH));

        assertThat(english).contains("\"detail\":\"name must not be null\"").contains("\"message\":\"must not be null\"")
                .doesNotContain("phrase").doesNotContain("arguments").doesNotContain("\"extensions\"");
        assertThat(spanish).contains("\"detail\":\"name: es obligatorio\"").contains("\"message\":\"es obligatorio\"")
                .contains("\"title\":\"La solicitud no es válida\"");
    }
}
