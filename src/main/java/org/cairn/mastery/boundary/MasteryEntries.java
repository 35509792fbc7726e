package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodSettings;

/**
 * The writes of the mastery API for one course, after the caller's role is known: evidence (one piece or quick
 * entry for the class), corrections, validation of out-of-school learning, overrides and the method. Each checks
 * that the student, the standard and the evidence belong to the course before the use case runs.
 */
@ApplicationScoped
public class MasteryEntries {

    /**
     * Who is writing: the session's person, whether they teach the course, and the language they read (the levels
     * in the answer are labelled in it when the course uses Cairn's four levels).
     */
    public record Author(UUID registrationId, UUID courseId, UUID personId, boolean teacher, Locale locale) {
        String by() {
            return personId.toString();
        }
    }

    /** One piece of evidence as the API receives it (validated by the resource). */
    public record Entry(UUID studentId, UUID standardId, double points, LocalDate observedOn, EvidenceSource source,
                        String note, String artifact) {
    }

    /** Quick entry: one standard, one date and source, a level for each of several students. */
    public record Batch(UUID standardId, LocalDate observedOn, EvidenceSource source, String note,
                        List<StudentPoints> levels) {
    }

    public record StudentPoints(UUID studentId, double points) {
    }

    @Inject
    CourseMastery course;

    @Inject
    RecordEvidence record;

    @Inject
    CorrectEvidence correct;

    @Inject
    ValidateOutOfSchoolEvidence validate;

    @Inject
    OverrideLevel override;

    @Inject
    ChooseMethod choose;

    @Inject
    MasteryScales scales;

    @Inject
    Clock clock;

    @Transactional
    public MasteryJson.Recorded record(Author author, Entry entry) {
        UUID studentId = entry.studentId() == null && !author.teacher() ? author.personId() : entry.studentId();
        if (!author.teacher()) {
            if (!author.personId().equals(studentId)) {
                throw ProblemException.forbidden(Phrase.of("mastery.problem.ownLearningOnly"));
            }
            if (entry.source() != EvidenceSource.SELF_ASSESSMENT && entry.source() != EvidenceSource.OUT_OF_SCHOOL) {
                throw ProblemException.forbidden(Phrase.of("mastery.problem.studentSources",
                        Phrase.of("mastery.problem.source." + entry.source().name())));
            }
        }
        if (studentId == null) throw ProblemException.badRequest(Phrase.of("mastery.problem.sayWhichStudent"));
        requireStudentInBody(author.courseId(), studentId);
        course.requireStandard(author.registrationId(), author.courseId(), entry.standardId(), 400);
        Scale scale = scales.forCourse(author.registrationId(), author.courseId(), author.locale());
        var recorded = record.record(new RecordEvidence.NewEvidence(author.registrationId(), author.courseId(), studentId,
                entry.standardId(), entry.points(), observedOn(entry.observedOn()), entry.source(), author.by(),
                blankToNull(entry.note()), artifact(entry.artifact())));
        return answer(author, recorded, scale);
    }

    @Transactional
    public MasteryJson.BatchRecorded quickEntry(Author author, Batch batch) {
        course.requireStandard(author.registrationId(), author.courseId(), batch.standardId(), 400);
        if (batch.levels() == null || batch.levels().isEmpty()) {
            throw ProblemException.badRequest(Phrase.of("mastery.problem.quickEntryEmpty"));
        }
        var seen = new HashSet<UUID>();
        for (StudentPoints level : batch.levels()) {
            if (!seen.add(level.studentId())) {
                throw ProblemException.badRequest(Phrase.of("mastery.problem.quickEntryTwice",
                        String.valueOf(level.studentId())));
            }
            requireStudentInBody(author.courseId(), level.studentId());
        }
        Scale scale = scales.forCourse(author.registrationId(), author.courseId(), author.locale());
        EvidenceSource source = batch.source() == null ? EvidenceSource.OBSERVATION : batch.source();
        LocalDate day = observedOn(batch.observedOn());
        // In student-id order, not the order sent: each student's mastery row is locked (or inserted) in turn, and
        // two quick entries for the same class at once must take those rows in the same order or they deadlock.
        var cells = new HashMap<UUID, MasteryJson.StudentCell>();
        batch.levels().stream().sorted(Comparator.comparing(StudentPoints::studentId)).forEach(level -> {
            var recorded = record.record(new RecordEvidence.NewEvidence(author.registrationId(), author.courseId(),
                    level.studentId(), batch.standardId(), level.points(), day, source, author.by(),
                    blankToNull(batch.note()), null));
            cells.put(level.studentId(), new MasteryJson.StudentCell(level.studentId(),
                    CourseMastery.cell(recorded.mastery(), scale)));
        });
        return new MasteryJson.BatchRecorded(batch.standardId(),
                batch.levels().stream().map(level -> cells.get(level.studentId())).toList());
    }

    @Transactional
    public MasteryJson.Recorded correct(Author author, UUID evidenceId, double points, LocalDate observedOn, String why) {
        course.requireEvidence(author.registrationId(), author.courseId(), evidenceId);
        Scale scale = scales.forCourse(author.registrationId(), author.courseId(), author.locale());
        return answer(author, correct.correct(author.registrationId(), evidenceId, points, observedOn, author.by(), why), scale);
    }

    @Transactional
    public MasteryJson.Recorded decide(Author author, UUID evidenceId, boolean accept, String note) {
        course.requireEvidence(author.registrationId(), author.courseId(), evidenceId);
        Scale scale = scales.forCourse(author.registrationId(), author.courseId(), author.locale());
        var decided = accept ? validate.accept(author.registrationId(), evidenceId, author.by(), blankToNull(note))
                : validate.reject(author.registrationId(), evidenceId, author.by(), note);
        return answer(author, decided, scale);
    }

    @Transactional
    public MasteryJson.TimelineView override(Author author, UUID studentId, UUID standardId, double points, String note) {
        course.requireStudent(author.courseId(), studentId);
        course.requireStandard(author.registrationId(), author.courseId(), standardId, 404);
        override.set(author.registrationId(), author.courseId(), studentId, standardId, points, note, author.by());
        return course.timeline(author.registrationId(), author.courseId(), studentId, standardId, author.locale());
    }

    @Transactional
    public MasteryJson.TimelineView withdrawOverride(Author author, UUID studentId, UUID standardId) {
        course.requireStudent(author.courseId(), studentId);
        course.requireStandard(author.registrationId(), author.courseId(), standardId, 404);
        override.withdraw(author.registrationId(), author.courseId(), studentId, standardId, author.by());
        return course.timeline(author.registrationId(), author.courseId(), studentId, standardId, author.locale());
    }

    /** standardId null: the course's method. Returns the methods in force afterwards. */
    @Transactional
    public MasteryJson.MethodsView chooseMethod(Author author, UUID standardId, MethodSettings settings) {
        if (standardId != null) course.requireStandard(author.registrationId(), author.courseId(), standardId, 400);
        choose.choose(author.registrationId(), author.courseId(), standardId, settings, author.by());
        return course.methods(author.registrationId(), author.courseId());
    }

    private void requireStudentInBody(UUID courseId, UUID studentId) {
        try {
            course.requireStudent(courseId, studentId);
        } catch (ProblemException e) {
            throw new ProblemException(CourseMastery.NOT_IN_COURSE, 400,
                    Phrase.of("mastery.problem.notAStudent", String.valueOf(studentId)));
        }
    }

    private MasteryJson.Recorded answer(Author author, RecordEvidence.Recorded recorded, Scale scale) {
        Mastery m = recorded.mastery();
        return new MasteryJson.Recorded(CourseMastery.view(recorded.evidence(), scale, course.names(author.courseId())),
                CourseMastery.cell(m, scale));
    }

    private LocalDate observedOn(LocalDate given) {
        return given != null ? given : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An artifact is a link people can open: http or https only. */
    static URI artifact(String link) {
        if (link == null || link.isBlank()) return null;
        try {
            URI uri = new URI(link.strip());
            if (uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new MasteryRefused(MasteryRefused.INVALID, 400, Phrase.of("mastery.problem.artifactNotWeb", link.strip()));
    }
}
