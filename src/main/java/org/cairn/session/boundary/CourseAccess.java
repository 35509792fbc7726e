package org.cairn.session.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.session.control.SessionTokens;
import org.cairn.session.entity.CourseRole;
import org.cairn.session.entity.SessionSubject;

/**
 * Who is calling, in which course, with which role: resolved once per request from
 * {@code Authorization: Bearer <session token>} (the token a launch put in the page). Every API resource
 * injects this and calls one of the {@code require...} methods first; every query is then scoped by
 * {@link #courseId()} and {@link #registrationId()}.
 * <pre>
 * &#64;GET public List&lt;Person&gt; people() {
 *     access.requireTeacher();
 *     return roster.people(access.courseId());
 * }
 * </pre>
 * A missing, unknown or expired token is a 401 problem with {@code WWW-Authenticate: Bearer}; a valid session
 * with the wrong role is a 403 problem.
 */
@RequestScoped
public class CourseAccess {

    @Inject
    HttpServletRequest request;

    @Inject
    SessionTokens tokens;

    private SessionSubject subject;

    /** The session's subject, or 401. */
    @Transactional
    public SessionSubject subject() {
        if (subject == null) {
            String token = bearerToken(request.getHeader("Authorization"));
            if (token == null) {
                throw new Unauthenticated(Phrase.of("session.problem.noToken"));
            }
            subject = tokens.verify(token)
                    .orElseThrow(() -> new Unauthenticated(Phrase.of("session.problem.tokenUnknown")));
        }
        return subject;
    }

    static String bearerToken(String header) {
        if (header == null) return null;
        String value = header.trim();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String token = value.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    public UUID personId() {
        return subject().personId();
    }

    /** The platform's user id ({@code sub}) of the caller. */
    public String sub() {
        return subject().sub();
    }

    public UUID courseId() {
        return subject().courseId();
    }

    public UUID registrationId() {
        return subject().registrationId();
    }

    public UUID deploymentId() {
        return subject().deploymentId();
    }

    public CourseRole role() {
        return subject().role();
    }

    public Locale locale() {
        return subject().locale();
    }

    public boolean isTeacher() {
        return role() == CourseRole.TEACHER;
    }

    /** Teacher features: the caller must teach this course. */
    public CourseAccess requireTeacher() {
        if (!isTeacher()) {
            throw ProblemException.forbidden(Phrase.of("session.problem.teachersOnly", roleName(role())));
        }
        return this;
    }

    /** Anything a member of the course may see: teachers and students (not observers). */
    public CourseAccess requireStudentOrTeacher() {
        CourseRole role = role();
        if (role != CourseRole.TEACHER && role != CourseRole.STUDENT) {
            throw ProblemException.forbidden(Phrase.of("session.problem.membersOnly", roleName(role)));
        }
        return this;
    }

    /** A person's own data: the person themself or a teacher of the course. */
    public CourseAccess requireSelfOrTeacher(UUID personId) {
        if (!isTeacher() && !Objects.equals(personId(), personId)) {
            throw ProblemException.forbidden(Phrase.of("session.problem.selfOrTeachersOnly"));
        }
        return this;
    }

    /** The role as a problem names it: "teacher", "student", "observer", "other" in English. */
    static Phrase roleName(CourseRole role) {
        return Phrase.of("session.problem.role." + role.name().toLowerCase(Locale.ROOT));
    }
}
