package org.cairn.mastery.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cairn.competency.control.InMemoryFrameworks;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Messages;
import org.cairn.mastery.control.EvidenceNotFound;
import org.cairn.mastery.control.InMemoryMastery;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.testing.RecordingEvent;

/** The use cases wired by hand on in-memory repositories and a fixed clock. */
class MasteryUseCasesTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private final InMemoryFrameworks frameworks = new InMemoryFrameworks();
    private final InMemoryMastery.EvidenceStore evidence = new InMemoryMastery.EvidenceStore();
    private final InMemoryMastery.Methods methods = new InMemoryMastery.Methods();
    private final InMemoryMastery.Overrides overrides = new InMemoryMastery.Overrides();
    private final InMemoryMastery.Rows rows = new InMemoryMastery.Rows();
    private final InMemoryMastery.Scales scales = new InMemoryMastery.Scales();
    private final RecomputeMastery recompute = new RecomputeMastery();
    private final RecordEvidence record = new RecordEvidence();
    private final CorrectEvidence correct = new CorrectEvidence();
    private final ValidateOutOfSchoolEvidence validate = new ValidateOutOfSchoolEvidence();
    private final ChooseMethod choose = new ChooseMethod();
    private final OverrideLevel override = new OverrideLevel();
    private final RecordingEvent<MasteryChanged> changes = new RecordingEvent<>();
    private UUID fractions;
    private UUID decimals;

    @BeforeEach
    void wire() {
        recompute.evidence = evidence;
        recompute.methods = methods;
        recompute.overrides = overrides;
        recompute.rows = rows;
        recompute.scales = scales;
        recompute.clock = CLOCK;
        recompute.changed = changes;
        record.records = evidence;
        record.frameworks = frameworks;
        record.scales = scales;
        record.recompute = recompute;
        record.clock = CLOCK;
        correct.records = evidence;
        correct.scales = scales;
        correct.recompute = recompute;
        correct.clock = CLOCK;
        validate.records = evidence;
        validate.recompute = recompute;
        validate.clock = CLOCK;
        choose.choices = methods;
        choose.recompute = recompute;
        choose.clock = CLOCK;
        override.overrides = overrides;
        override.rows = rows;
        override.scales = scales;
        override.recompute = recompute;
        override.clock = CLOCK;
        Framework framework = frameworks.add(new Framework(TENANT, "D", FrameworkSource.CSV));
        fractions = standard(framework, "NF.1");
        decimals = standard(framework, "NF.2");
    }

    private UUID standard(Framework framework, String code) {
        Standard s = new Standard(framework.id(), code);
        s.revise(null, code, "Statement " + code, "standard", StandardType.STANDARD, null, 1, null);
        return frameworks.add(s).id();
    }

    private RecordEvidence.Recorded teacherRecords(UUID student, UUID standard, double points, LocalDate on) {
        return record.record(new RecordEvidence.NewEvidence(TENANT, COURSE, student, standard, points, on,
                EvidenceSource.ASSESSMENT, "teacher-1", null, URI.create("https://lms.example/submissions/1")));
    }

    @Test
    void aChangedLevelIsAnnouncedOnceAndAnUnchangedOneNotAtAll() {
        teacherRecords(ANA, fractions, 3, DAY);
        teacherRecords(ANA, fractions, 3, DAY.plusDays(1));

        assertThat(changes.fired).singleElement().satisfies(change -> {
            assertThat(change.studentId()).isEqualTo(ANA);
            assertThat(change.standardId()).isEqualTo(fractions);
            assertThat(change.previousPoints()).isNull();
            assertThat(change.levelPoints()).isEqualTo(3.0);
            assertThat(change.scaleMaximum()).isEqualTo(4.0);
        });
    }

    @Test
    void recordingEvidenceRecomputesOnlyThatStudentAndStandard() {
        teacherRecords(BEN, decimals, 2, DAY);
        int readsBefore = evidence.reads;
        Mastery ana = teacherRecords(ANA, fractions, 3, DAY).mastery();
        assertThat(evidence.reads - readsBefore).isEqualTo(1);
        assertThat(ana.levelPoints()).isEqualTo(3.0);
        assertThat(ana.method()).isEqualTo(MethodKind.DECAYING_AVERAGE);
        assertThat(ana.evidenceCount()).isEqualTo(1);
        assertThat(rows.rows).hasSize(2);
    }

    @Test
    void defaultMethodOfOneToFourIsTheDecayingAverage() {
        for (int i = 1; i <= 4; i++) teacherRecords(ANA, fractions, i, DAY.plusDays(i));
        Mastery m = rows.find(COURSE, ANA, fractions).orElseThrow();
        assertThat(m.score()).isCloseTo(3.484625, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.levelPoints()).isEqualTo(3.0);
    }

    @Test
    void aCorrectionSupersedesTheOldPieceAndKeepsWhoWhenAndWhy() {
        var first = teacherRecords(ANA, fractions, 1, DAY).evidence();
        var corrected = correct.correct(TENANT, first.id(), 3, null, "teacher-2", "scored the wrong rubric row");
        assertThat(first.status()).isEqualTo(EvidenceStatus.CORRECTED);
        assertThat(first.statusChangedBy()).isEqualTo("teacher-2");
        assertThat(first.statusChangedAt()).isEqualTo(CLOCK.instant());
        assertThat(first.statusReason()).isEqualTo("scored the wrong rubric row");
        assertThat(first.points()).isEqualTo(1.0);
        assertThat(corrected.evidence().supersedesId()).isEqualTo(first.id());
        assertThat(corrected.evidence().observedOn()).isEqualTo(DAY);
        assertThat(corrected.mastery().levelPoints()).isEqualTo(3.0);
        assertThat(corrected.mastery().evidenceCount()).isEqualTo(1);
        assertThat(evidence.rows).hasSize(2);
    }

    @Test
    void correctingAgainTheSupersededPieceIsAConflict() {
        var first = teacherRecords(ANA, fractions, 1, DAY).evidence();
        correct.correct(TENANT, first.id(), 3, null, "teacher-2", "wrong row");
        var e = catchThrowableOfType(MasteryRefused.class,
                () -> correct.correct(TENANT, first.id(), 4, null, "teacher-2", "again"));
        assertThat(e.problem().status()).isEqualTo(409);
    }

    @Test
    void anotherTenantsEvidenceIsNotFound() {
        var first = teacherRecords(ANA, fractions, 1, DAY).evidence();
        var e = catchThrowableOfType(EvidenceNotFound.class,
                () -> correct.correct(UUID.randomUUID(), first.id(), 3, null, "x", "y"));
        assertThat(e.problem().status()).isEqualTo(404);
    }

    @Test
    void pointsOffTheScaleAreA400() {
        var e = catchThrowableOfType(MasteryRefused.class, () -> teacherRecords(ANA, fractions, 5, DAY));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("off the course's scale");
    }

    @Test
    void outOfSchoolLearningCountsOnlyOnceValidated() {
        var submitted = record.record(new RecordEvidence.NewEvidence(TENANT, COURSE, ANA, fractions, 4, DAY,
                EvidenceSource.OUT_OF_SCHOOL, "student:ana", "robotics club", null));
        assertThat(submitted.evidence().status()).isEqualTo(EvidenceStatus.PENDING_VALIDATION);
        assertThat(submitted.mastery().levelPoints()).isNull();
        var accepted = validate.accept(TENANT, submitted.evidence().id(), "teacher-1", "saw the robot");
        assertThat(accepted.mastery().levelPoints()).isEqualTo(4.0);

        var other = record.record(new RecordEvidence.NewEvidence(TENANT, COURSE, BEN, fractions, 4, DAY,
                EvidenceSource.OUT_OF_SCHOOL, "student:ben", null, null));
        var rejected = validate.reject(TENANT, other.evidence().id(), "teacher-1", "not this standard");
        assertThat(rejected.evidence().status()).isEqualTo(EvidenceStatus.REJECTED);
        assertThat(rejected.mastery().levelPoints()).isNull();
    }

    @Test
    void anOverrideIsFlaggedAndSurvivesRecalculation() {
        teacherRecords(ANA, fractions, 2, DAY);
        Mastery m = override.set(TENANT, COURSE, ANA, fractions, 3, "showed it in conference", "teacher-1");
        assertThat(m.overridden()).isTrue();
        assertThat(m.levelPoints()).isEqualTo(3.0);
        assertThat(m.computedPoints()).isEqualTo(2.0);
        teacherRecords(ANA, fractions, 1, DAY.plusDays(1));
        choose.choose(TENANT, COURSE, null, MethodSettings.of(MethodKind.HIGHEST), "teacher-1");
        m = rows.find(COURSE, ANA, fractions).orElseThrow();
        assertThat(m.overridden()).isTrue();
        assertThat(m.levelPoints()).isEqualTo(3.0);
        m = override.withdraw(TENANT, COURSE, ANA, fractions, "teacher-1");
        assertThat(m.overridden()).isFalse();
        assertThat(m.levelPoints()).isEqualTo(2.0);
        assertThat(overrides.rows).hasSize(1);
    }

    @Test
    void anOverrideMustBeALevelOfTheScaleWithANote() {
        assertThat(catchThrowableOfType(MasteryRefused.class,
                () -> override.set(TENANT, COURSE, ANA, fractions, 2.5, "why", "t")).problem().status()).isEqualTo(400);
        assertThat(catchThrowableOfType(MasteryRefused.class,
                () -> override.set(TENANT, COURSE, ANA, fractions, 3, " ", "t")).problem().status()).isEqualTo(400);
    }

    @Test
    void aStandardsOwnMethodWinsOverTheCourses() {
        teacherRecords(ANA, fractions, 4, DAY);
        teacherRecords(ANA, fractions, 1, DAY.plusDays(1));
        teacherRecords(ANA, decimals, 4, DAY);
        teacherRecords(ANA, decimals, 1, DAY.plusDays(1));
        choose.choose(TENANT, COURSE, null, MethodSettings.of(MethodKind.HIGHEST), "teacher-1");
        int recomputed = choose.choose(TENANT, COURSE, decimals, MethodSettings.of(MethodKind.MOST_RECENT), "teacher-1");
        assertThat(recomputed).isEqualTo(2);
        assertThat(rows.find(COURSE, ANA, fractions).orElseThrow().levelPoints()).isEqualTo(4.0);
        assertThat(rows.find(COURSE, ANA, decimals).orElseThrow().levelPoints()).isEqualTo(1.0);
        assertThat(methods.rows).hasSize(2);
    }

    @Test
    void explainsALevelFromStoredEvidence() {
        for (int i = 1; i <= 4; i++) teacherRecords(ANA, fractions, i, DAY.plusDays(i));
        var lines = recompute.explain(TENANT, COURSE, ANA, fractions, Messages.ENGLISH).lines();
        assertThat(lines).contains("Result: 3.48 → Proficient", "With WEIGHTED_AVERAGE: 3.30 → Proficient");
    }

    @Test
    void explainsALevelWithCairnsLevelsInTheReadersLanguage() {
        for (int i = 1; i <= 4; i++) teacherRecords(ANA, fractions, i, DAY.plusDays(i));
        var chosen = recompute.explain(TENANT, COURSE, ANA, fractions, Messages.SPANISH).chosen();
        assertThat(chosen.level().orElseThrow().label()).isEqualTo("Competente");
        assertThat(chosen.stepsIn(Messages.SPANISH).get(chosen.stepsIn(Messages.SPANISH).size() - 1)).contains("Competente");
    }

    @Test
    void aRebuildGivesTheSameLevels() {
        teacherRecords(ANA, fractions, 2, DAY);
        teacherRecords(BEN, fractions, 4, DAY);
        var before = rows.rows.stream().map(Mastery::levelPoints).toList();
        assertThat(recompute.rebuildCourse(TENANT, COURSE)).isEqualTo(2);
        assertThat(rows.rows.stream().map(Mastery::levelPoints).toList()).isEqualTo(before);
    }

    @Test
    void rebuildingACourseReadsItsEvidenceOnceAndAgreesWithOneByOne() {
        for (int i = 1; i <= 4; i++) {
            teacherRecords(ANA, fractions, i, DAY.plusDays(i));
            teacherRecords(BEN, fractions, 5 - i, DAY.plusDays(i));
            teacherRecords(BEN, decimals, (i % 4) + 1, DAY.plusDays(i));
        }
        var oneByOne = rows.rows.stream().map(m -> m.studentId() + "/" + m.standardId() + "=" + m.score()).sorted().toList();
        int reads = evidence.reads;
        assertThat(recompute.rebuildCourse(TENANT, COURSE)).isEqualTo(3);
        assertThat(evidence.reads - reads).isEqualTo(1);
        assertThat(rows.rows.stream().map(m -> m.studentId() + "/" + m.standardId() + "=" + m.score()).sorted().toList())
                .isEqualTo(oneByOne);
    }

    @Test
    void aRebuildWithNothingChangedWritesNothingAndAnnouncesNothing() {
        teacherRecords(ANA, fractions, 2, DAY);
        teacherRecords(BEN, fractions, 4, DAY);
        int announced = changes.fired.size();

        var rebuilt = recompute.rebuild(TENANT, COURSE);

        assertThat(rebuilt).isEqualTo(new RecomputeMastery.Rebuilt(2, 0));
        assertThat(rows.writes).isZero();
        assertThat(changes.fired).hasSize(announced);
    }

    @Test
    void aRebuildAfterAMethodChangeWritesChangedRowsAndAnnouncesOnlyChangedLevels() {
        for (int i = 1; i <= 4; i++) teacherRecords(ANA, fractions, i, DAY.plusDays(i));
        teacherRecords(BEN, fractions, 3, DAY);
        int announced = changes.fired.size();

        methods.add(new org.cairn.mastery.entity.MethodChoice(TENANT, COURSE, null, MethodSettings.of(MethodKind.HIGHEST),
                "teacher-1", CLOCK.instant()));
        var rebuilt = recompute.rebuild(TENANT, COURSE);

        assertThat(rebuilt).isEqualTo(new RecomputeMastery.Rebuilt(2, 2));
        assertThat(rows.find(COURSE, ANA, fractions).orElseThrow().levelPoints()).isEqualTo(4.0);
        assertThat(rows.find(COURSE, BEN, fractions).orElseThrow().method()).isEqualTo(MethodKind.HIGHEST);
        assertThat(changes.fired.subList(announced, changes.fired.size())).singleElement().satisfies(change -> {
            assertThat(change.studentId()).isEqualTo(ANA);
            assertThat(change.previousPoints()).isEqualTo(3.0);
            assertThat(change.levelPoints()).isEqualTo(4.0);
        });
    }

    @Test
    void aNewCourseScaleRereadsEveryLevelOfTheCourse() {
        teacherRecords(ANA, fractions, 1, DAY);
        teacherRecords(ANA, fractions, 2, DAY.plusDays(1)); // 1.65: Developing (2) on the default scale
        scales.scale = new org.cairn.competency.entity.Scale(java.util.List.of(
                new org.cairn.competency.entity.Scale.Level(1, "Not yet", "#f4c7c3", false),
                new org.cairn.competency.entity.Scale.Level(3, "Got it", "#b7e1cd", true),
                new org.cairn.competency.entity.Scale.Level(4, "Beyond", "#8fc1e3", false)));

        recompute.scaleChanged(new org.cairn.competency.entity.ScaleChanged(TENANT, COURSE));

        assertThat(rows.find(COURSE, ANA, fractions).orElseThrow().levelPoints()).isEqualTo(1.0);
    }
}
