package org.cairn.grades.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CourseGradesTest {

    private static final URI CONTAINER = URI.create("https://lms.example:8443/api/courses/7/line_items");

    @Test
    void anAssignmentOnThePlatformsOwnOriginIsAccepted() {
        assertThat(CourseGrades.sameOrigin(CONTAINER, "https://lms.example:8443/api/courses/7/line_items/12"))
                .isEqualTo(URI.create("https://lms.example:8443/api/courses/7/line_items/12"));
    }

    @Test
    void anAddressElsewhereIsRefusedBecauseTheTokenWouldGoWithIt() {
        for (String elsewhere : new String[] {"https://evil.example/api/courses/7/line_items/12",
                "http://lms.example:8443/api/courses/7/line_items/12", "https://lms.example/api/courses/7/line_items/12",
                "/api/courses/7/line_items/12", "not a url at all"}) {
            assertThatThrownBy(() -> CourseGrades.sameOrigin(CONTAINER, elsewhere)).as(elsewhere)
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(400));
        }
    }

    @Test
    void aTeacherReadingSpanishIsToldInSpanishThatTheAssignmentIsNotInTheCoursesGradebook() {
        String elsewhere = "https://evil.example/api/courses/7/line_items/12";

        Problem problem = catchThrowableOfType(ProblemException.class, () -> CourseGrades.sameOrigin(CONTAINER, elsewhere))
                .problem();

        assertThat(problem.detail()).isEqualTo("The assignment 'https://evil.example/api/courses/7/line_items/12' is not "
                + "in this course's LMS gradebook (https://lms.example:8443). Choose the assignment from the list.");
        Problem spanish = problem.in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("La tarea «https://evil.example/api/courses/7/line_items/12» no está en el "
                + "libro de calificaciones del LMS de este curso (https://lms.example:8443). Elige la tarea de la lista.");
        assertThat(spanish.title()).isEqualTo("La solicitud no es válida");
    }

    @Test
    void aPeriodColumnShowsTheMeanLevelToTwoDecimals() {
        assertThat(MasteryToGradebook.periodScore(3 + 4 + 2, 3)).isEqualTo(3.0);
        assertThat(MasteryToGradebook.periodScore(3 + 4, 3)).isEqualTo(2.33);
    }
}
