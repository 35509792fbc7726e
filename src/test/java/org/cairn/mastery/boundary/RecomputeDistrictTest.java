package org.cairn.mastery.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cairn.mastery.control.DistrictMastery;
import org.cairn.mastery.control.InMemoryMastery;
import org.cairn.mastery.control.StudentEvidence;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.mastery.entity.MethodChoice;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.cairn.testing.RecordingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The district recompute wired by hand on in-memory repositories and a fixed clock. */
class RecomputeDistrictTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID ALGEBRA = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID BIOLOGY = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final UUID BROKEN = UUID.fromString("00000000-0000-0000-0000-00000000c003");
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final UUID STANDARD = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private final InMemoryMastery.EvidenceStore evidence = new InMemoryMastery.EvidenceStore() {
        @Override
        public List<StudentEvidence> observationsOfCourse(UUID registrationId, UUID courseId) {
            if (courseId.equals(BROKEN)) throw new IllegalStateException("the database went away");
            return super.observationsOfCourse(registrationId, courseId);
        }
    };
    private final InMemoryMastery.Methods methods = new InMemoryMastery.Methods();
    private final InMemoryMastery.Rows rows = new InMemoryMastery.Rows();
    private final RecomputeMastery recompute = new RecomputeMastery();
    private final RecomputeDistrict district = new RecomputeDistrict();
    private List<UUID> courses = List.of(ALGEBRA, BIOLOGY);

    @BeforeEach
    void wire() {
        recompute.evidence = evidence;
        recompute.methods = methods;
        recompute.overrides = new InMemoryMastery.Overrides();
        recompute.rows = rows;
        recompute.scales = new InMemoryMastery.Scales();
        recompute.clock = CLOCK;
        recompute.changed = new RecordingEvent<MasteryChanged>();
        district.recompute = recompute;
        district.clock = CLOCK;
        district.district = new DistrictMastery() {
            @Override
            public List<UUID> courses(UUID registrationId) {
                return courses;
            }
        };
        for (int i = 1; i <= 4; i++) {
            piece(ALGEBRA, ANA, i, i);
            piece(BIOLOGY, BEN, 5 - i, i);
        }
    }

    private void piece(UUID course, UUID student, double points, int day) {
        evidence.add(new Evidence(TENANT, course, student, STANDARD, points, LocalDate.of(2026, 10, day),
                EvidenceSource.ASSESSMENT, "teacher-1", null, URI.create("https://lms.example/s/1"), CLOCK.instant()));
    }

    @Test
    void recomputesEveryCourseOfTheTenant() {
        var done = district.recompute(TENANT, RecomputeDistrict.Progress.NONE);

        assertThat(done.courses()).isEqualTo(2);
        assertThat(done.pairs()).isEqualTo(2);
        assertThat(done.written()).isEqualTo(2);
        assertThat(done.failedCourses()).isEmpty();
        assertThat(rows.find(ALGEBRA, ANA, STANDARD).orElseThrow().score()).isEqualTo(3.484625, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(rows.find(BIOLOGY, BEN, STANDARD).orElseThrow().levelPoints()).isEqualTo(2.0); // 4, 3, 2, 1 → 1.515
    }

    @Test
    void runningItAgainWithNothingChangedWritesNothing() {
        district.recompute(TENANT, RecomputeDistrict.Progress.NONE);

        var again = district.recompute(TENANT, RecomputeDistrict.Progress.NONE);

        assertThat(again.pairs()).isEqualTo(2);
        assertThat(again.written()).isZero();
    }

    @Test
    void aMethodChangeInOneCourseRewritesOnlyThatCoursesRows() {
        district.recompute(TENANT, RecomputeDistrict.Progress.NONE);
        methods.add(new MethodChoice(TENANT, BIOLOGY, null, MethodSettings.of(MethodKind.HIGHEST), "teacher-1", CLOCK.instant()));

        var after = district.recompute(TENANT, RecomputeDistrict.Progress.NONE);

        assertThat(after.written()).isEqualTo(1);
        assertThat(rows.find(BIOLOGY, BEN, STANDARD).orElseThrow().levelPoints()).isEqualTo(4.0);
    }

    @Test
    void aFailingCourseIsListedAndTheOthersAreStillRecomputed() {
        courses = List.of(ALGEBRA, BROKEN, BIOLOGY);

        var done = district.recompute(TENANT, RecomputeDistrict.Progress.NONE);

        assertThat(done.failedCourses()).containsExactly(BROKEN);
        assertThat(done.pairs()).isEqualTo(2);
        assertThat(rows.find(BIOLOGY, BEN, STANDARD)).isPresent();
    }

    @Test
    void tellsHowFarItGotOnceTheCoursesAreListedAndAfterEveryCourse() {
        courses = List.of(ALGEBRA, BROKEN, BIOLOGY);
        List<String> told = new java.util.ArrayList<>();

        district.recompute(TENANT, (total, done, pairs, written, failed) ->
                told.add(done + "/" + total + " pairs " + pairs + " written " + written + " failed " + failed.size()));

        assertThat(told).containsExactly(
                "0/3 pairs 0 written 0 failed 0",
                "1/3 pairs 1 written 1 failed 0",
                "2/3 pairs 1 written 1 failed 1",
                "3/3 pairs 2 written 2 failed 1");
    }
}
