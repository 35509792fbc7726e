package org.cairn.mastery.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.control.InMemoryFrameworks;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.ProblemException;
import org.cairn.mastery.control.ClassList;
import org.cairn.mastery.control.Heatmap;
import org.cairn.mastery.control.InMemoryMastery;
import org.cairn.mastery.control.MasteryQueries;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.roster.control.Roster;
import org.cairn.session.entity.CourseRole;
import org.cairn.testing.RecordingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API's writes wired by hand: who may record what, and what belongs to the course, on a fixed clock. */
class MasteryEntriesTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID TEACHER = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-00000000d009");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private final InMemoryFrameworks frameworks = new InMemoryFrameworks();
    private final InMemoryMastery.EvidenceStore evidence = new InMemoryMastery.EvidenceStore();
    private final InMemoryMastery.Rows rows = new InMemoryMastery.Rows();
    private final InMemoryMastery.Scales scales = new InMemoryMastery.Scales();
    private final MasteryEntries entries = new MasteryEntries();
    private UUID chosen;
    private UUID notChosen;

    private final MasteryEntries.Author teacher = new MasteryEntries.Author(TENANT, COURSE, TEACHER, true, Messages.ENGLISH);
    private final MasteryEntries.Author ana = new MasteryEntries.Author(TENANT, COURSE, ANA, false, Messages.ENGLISH);

    @BeforeEach
    void wire() {
        Framework framework = frameworks.add(new Framework(TENANT, "D", FrameworkSource.CSV));
        chosen = standard(framework, "NF.1");
        notChosen = standard(framework, "NF.2");
        var recompute = new RecomputeMastery();
        recompute.evidence = evidence;
        recompute.methods = new InMemoryMastery.Methods();
        recompute.overrides = new InMemoryMastery.Overrides();
        recompute.rows = rows;
        recompute.scales = scales;
        recompute.clock = CLOCK;
        recompute.changed = new RecordingEvent<MasteryChanged>();
        var record = new RecordEvidence();
        record.records = evidence;
        record.frameworks = frameworks;
        record.scales = scales;
        record.recompute = recompute;
        record.clock = CLOCK;
        var course = new CourseMastery();
        course.classList = new ClassList() {
            @Override
            public List<Roster.Member> members(UUID courseId) {
                return List.of(new Roster.Member(TEACHER, "t", "Tess Teacher", CourseRole.TEACHER),
                        new Roster.Member(ANA, "a", "Ana", CourseRole.STUDENT), new Roster.Member(BEN, "b", null, CourseRole.STUDENT));
            }

            @Override
            public boolean isStudent(UUID courseId, UUID personId) {
                return courseId.equals(COURSE) && (personId.equals(ANA) || personId.equals(BEN));
            }
        };
        course.queries = new MasteryQueries() {
            @Override
            public List<Heatmap.Column> columns(UUID registrationId, UUID courseId) {
                return List.of(new Heatmap.Column(chosen, "NF.1", "Adds fractions", "Unit 1", StandardCategory.ACADEMIC));
            }
        };
        course.records = evidence;
        entries.course = course;
        entries.record = record;
        entries.scales = scales;
        entries.clock = CLOCK;
    }

    private UUID standard(Framework framework, String code) {
        Standard s = new Standard(framework.id(), code);
        s.revise(null, code, "Statement " + code, "standard", StandardType.STANDARD, null, 1, null);
        return frameworks.add(s).id();
    }

    private MasteryEntries.Entry entry(UUID student, UUID standard, double points, EvidenceSource source) {
        return new MasteryEntries.Entry(student, standard, points, null, source, null, null);
    }

    @Test
    void aTeacherRecordsAnySourceDatedTodayByDefaultAndNamedAsAuthor() {
        var recorded = entries.record(teacher, entry(ANA, chosen, 3, EvidenceSource.OBSERVATION));
        assertThat(recorded.evidence().observedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(recorded.evidence().author()).isEqualTo(TEACHER.toString());
        assertThat(recorded.evidence().authorName()).isEqualTo("Tess Teacher");
        assertThat(recorded.level().label()).isEqualTo("Proficient");
    }

    @Test
    void aSpanishReaderSeesCairnsLevelsInSpanish() {
        var profesora = new MasteryEntries.Author(TENANT, COURSE, TEACHER, true, Messages.SPANISH);
        var recorded = entries.record(profesora, entry(ANA, chosen, 3, EvidenceSource.OBSERVATION));
        assertThat(recorded.level().label()).isEqualTo("Competente");
        assertThat(recorded.evidence().levelLabel()).isEqualTo("Competente");
    }

    @Test
    void aCoursesOwnScaleKeepsItsWordsForASpanishReader() {
        scales.scale = new org.cairn.competency.entity.Scale(List.of(
                new org.cairn.competency.entity.Scale.Level(1, "Not yet", "#eeeeee", false),
                new org.cairn.competency.entity.Scale.Level(2, "Got it", "#b7e1cd", true)));
        var profesora = new MasteryEntries.Author(TENANT, COURSE, TEACHER, true, Messages.SPANISH);
        var recorded = entries.record(profesora, entry(ANA, chosen, 2, EvidenceSource.OBSERVATION));
        assertThat(recorded.level().label()).isEqualTo("Got it");
    }

    @Test
    void aStudentWithoutAStudentIdSelfAssessesThemself() {
        var recorded = entries.record(ana, entry(null, chosen, 4, EvidenceSource.SELF_ASSESSMENT));
        assertThat(recorded.evidence().studentId()).isEqualTo(ANA);
        assertThat(recorded.level().hasLevel()).as("self-assessment does not count unless the teacher includes it").isFalse();
    }

    @Test
    void aStudentsOutOfSchoolLearningWaitsForATeacher() {
        var recorded = entries.record(ana, entry(ANA, chosen, 3, EvidenceSource.OUT_OF_SCHOOL));
        assertThat(recorded.evidence().status()).isEqualTo(EvidenceStatus.PENDING_VALIDATION);
    }

    @Test
    void aStudentCannotRecordAssessmentsOrEvidenceAboutAnotherStudent() {
        var assessment = catchThrowableOfType(ProblemException.class,
                () -> entries.record(ana, entry(ANA, chosen, 4, EvidenceSource.ASSESSMENT)));
        assertThat(assessment.problem().status()).isEqualTo(403);
        var other = catchThrowableOfType(ProblemException.class,
                () -> entries.record(ana, entry(BEN, chosen, 1, EvidenceSource.SELF_ASSESSMENT)));
        assertThat(other.problem().status()).isEqualTo(403);
        assertThat(evidence.rows).isEmpty();
    }

    @Test
    void aStudentReadsInSpanishWhichEvidenceComesFromTheTeacher() {
        var assessment = catchThrowableOfType(ProblemException.class,
                () -> entries.record(ana, entry(ANA, chosen, 4, EvidenceSource.ASSESSMENT)));

        assertThat(assessment.getMessage()).isEqualTo("Students can add a self-assessment or out-of-school learning; "
                + "other evidence (assessment) comes from your teacher.");
        assertThat(assessment.problem().in(Messages.SPANISH).detail()).isEqualTo("Como estudiante puedes añadir una "
                + "autoevaluación o aprendizaje fuera de la escuela; la demás evidencia (evaluación) la registra tu docente.");
        assertThat(assessment.problem().in(Messages.SPANISH).title()).isEqualTo("No permitido");
    }

    @Test
    void aTeacherReadsInSpanishThatAStandardIsNotTheCourses() {
        var refused = catchThrowableOfType(ProblemException.class,
                () -> entries.record(teacher, entry(ANA, notChosen, 3, EvidenceSource.ASSESSMENT)));

        var spanish = refused.problem().in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("El estándar " + notChosen + " no es uno de los estándares de este curso. "
                + "Elígelo primero en la vista Estándares.");
        assertThat(spanish.title()).isEqualTo("No forma parte de este curso");
    }

    @Test
    void evidenceForAStandardTheCourseHasNotChosenIsA400NamingTheStandardsView() {
        var refused = catchThrowableOfType(ProblemException.class,
                () -> entries.record(teacher, entry(ANA, notChosen, 3, EvidenceSource.ASSESSMENT)));
        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains(notChosen.toString()).contains("Standards view");
    }

    @Test
    void evidenceAboutSomeoneWhoIsNotAStudentOfTheCourseIsA400() {
        for (UUID who : List.of(STRANGER, TEACHER)) {
            var refused = catchThrowableOfType(ProblemException.class,
                    () -> entries.record(teacher, entry(who, chosen, 3, EvidenceSource.ASSESSMENT)));
            assertThat(refused.problem().status()).isEqualTo(400);
            assertThat(refused.getMessage()).contains("not a student of this course");
        }
    }

    @Test
    void quickEntryRecordsALevelPerStudentAndRefusesTheSameStudentTwice() {
        var batch = entries.quickEntry(teacher, new MasteryEntries.Batch(chosen, null, null, null,
                List.of(new MasteryEntries.StudentPoints(ANA, 4), new MasteryEntries.StudentPoints(BEN, 1))));
        assertThat(batch.levels()).extracting(c -> c.level().label()).containsExactly("Advanced", "Beginning");
        assertThat(evidence.rows.values()).allSatisfy(e -> assertThat(e.source()).isEqualTo(EvidenceSource.OBSERVATION));

        var twice = catchThrowableOfType(ProblemException.class, () -> entries.quickEntry(teacher, new MasteryEntries.Batch(
                chosen, null, null, null, List.of(new MasteryEntries.StudentPoints(ANA, 4), new MasteryEntries.StudentPoints(ANA, 1)))));
        assertThat(twice.problem().status()).isEqualTo(400);
        assertThat(evidence.rows).hasSize(2);
    }

    @Test
    void quickEntryRecordsStudentsInIdOrderAndAnswersInTheOrderSent() {
        var batch = entries.quickEntry(teacher, new MasteryEntries.Batch(chosen, null, null, null,
                List.of(new MasteryEntries.StudentPoints(BEN, 1), new MasteryEntries.StudentPoints(ANA, 4))));

        assertThat(batch.levels()).extracting(MasteryJson.StudentCell::studentId).containsExactly(BEN, ANA);
        assertThat(batch.levels()).extracting(c -> c.level().label()).containsExactly("Beginning", "Advanced");
        // Simultaneous quick entries take the students' mastery rows in one order, so they wait instead of deadlocking.
        assertThat(rows.rows).extracting(Mastery::studentId).containsExactly(ANA, BEN);
    }

    @Test
    void quickEntryChecksEveryStudentBeforeRecordingAny() {
        var refused = catchThrowableOfType(ProblemException.class, () -> entries.quickEntry(teacher, new MasteryEntries.Batch(
                chosen, null, null, null, List.of(new MasteryEntries.StudentPoints(ANA, 4), new MasteryEntries.StudentPoints(STRANGER, 1)))));
        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(evidence.rows).isEmpty();
    }

    @Test
    void artifactLinksAreWebAddressesOnly() {
        assertThat(MasteryEntries.artifact("https://school.example/work/1")).hasToString("https://school.example/work/1");
        assertThat(MasteryEntries.artifact("  ")).isNull();
        for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "not a link", "https://")) {
            var refused = catchThrowableOfType(ProblemException.class, () -> MasteryEntries.artifact(bad));
            assertThat(refused.problem().status()).as(bad).isEqualTo(400);
        }
    }
}
