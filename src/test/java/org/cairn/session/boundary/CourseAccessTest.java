package org.cairn.session.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.ProblemException;
import org.cairn.session.control.SessionTokens;
import org.cairn.session.entity.CourseRole;
import org.cairn.session.entity.SessionSubject;
import org.junit.jupiter.api.Test;

/** The session's problems, as a Spanish page and an English client read them. */
class CourseAccessTest {

    private static final String TOKEN = "t".repeat(43);

    private static CourseAccess access(String authorization, CourseRole role) {
        var access = new CourseAccess();
        access.request = (HttpServletRequest) Proxy.newProxyInstance(CourseAccessTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getHeader".equals(method.getName()) && "Authorization".equals(args[0])
                        ? authorization : null);
        access.tokens = new SessionTokens() {
            @Override
            public Optional<SessionSubject> verify(String token) {
                return role == null ? Optional.empty() : Optional.of(new SessionSubject(UUID.randomUUID(), "sub",
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), role, Locale.forLanguageTag("es")));
            }
        };
        return access;
    }

    @Test
    void anObserverIsToldInSpanishThatOnlyTeachersMayDoThis() {
        var refused = catchThrowableOfType(() -> access("Bearer " + TOKEN, CourseRole.OBSERVER).requireTeacher(),
                ProblemException.class);

        assertThat(refused.problem().status()).isEqualTo(403);
        assertThat(refused.problem().detail())
                .isEqualTo("Only the course's teachers can do this; your role in this course is observer.");
        var spanish = refused.problem().in(Messages.SPANISH);
        assertThat(spanish.detail())
                .isEqualTo("Solo los docentes del curso pueden hacer esto; tu rol en este curso es: observador.");
        assertThat(spanish.title()).isEqualTo("No permitido");
    }

    @Test
    void aRequestWithoutATokenIsToldInSpanishToOpenCairnAgain() {
        var refused = catchThrowableOfType(() -> access(null, null).subject(), Unauthenticated.class);

        assertThat(refused.problem().status()).isEqualTo(401);
        assertThat(refused.problem().detail()).isEqualTo("This request needs the session token of a launch: send "
                + "'Authorization: Bearer <token>'. Open Cairn again from your course in the LMS.");
        assertThat(refused.problem().in(Messages.SPANISH).detail()).endsWith(
                "envía 'Authorization: Bearer <token>'. Vuelve a abrir Cairn desde tu curso en el LMS.");
    }

    @Test
    void anExpiredTokenIsToldInSpanish() {
        var refused = catchThrowableOfType(() -> access("Bearer " + TOKEN, null).subject(), Unauthenticated.class);

        assertThat(refused.problem().in(Messages.SPANISH).detail())
                .isEqualTo("El token de sesión no se reconoce o ya venció. Vuelve a abrir Cairn desde tu curso en el LMS.");
    }

    @Test
    void everyRoleHasANameInBothLanguages() {
        for (CourseRole role : CourseRole.values()) {
            var phrase = CourseAccess.roleName(role);
            assertThat(Messages.forLocale(Messages.ENGLISH).find(phrase.key())).as(phrase.key()).isPresent();
            assertThat(Messages.forLocale(Messages.SPANISH).find(phrase.key())).as(phrase.key()).isPresent();
        }
    }
}
