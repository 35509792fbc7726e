package org.cairn.mastery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cairn.competency.entity.Scale;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.mastery.control.Heatmap;
import org.cairn.mastery.control.Heatmaps;
import org.cairn.mastery.control.Observation;
import org.cairn.mastery.control.StudentEvidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The class heatmap computed from raw evidence: 35 students × 60 course standards × 20 pieces of evidence each
 * (42,000 pieces), decaying average, every (student, standard) calculated with its explanation steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeatmapBenchmark {

    private List<Heatmap.Column> columns;
    private List<UUID> students;
    private List<StudentEvidence> evidence;
    private final Scale scale = Scale.standard();
    private final MethodSettings method = MethodSettings.decayingAverage();

    @Setup
    public void generate() {
        Random random = new Random(42);
        columns = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            columns.add(new Heatmap.Column(new UUID(1, s), "S." + s, "Standard " + s, "Unit " + (s / 10), StandardCategory.ACADEMIC));
        }
        students = new ArrayList<>();
        for (int p = 0; p < 35; p++) students.add(new UUID(2, p));
        evidence = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 9, 1);
        Instant recorded = Instant.parse("2026-11-27T12:00:00Z");
        long id = 0;
        for (UUID student : students) {
            for (Heatmap.Column column : columns) {
                for (int e = 0; e < 20; e++) {
                    evidence.add(new StudentEvidence(student, column.standardId(), new Observation(new UUID(3, id++),
                            1 + random.nextInt(4), start.plusDays(random.nextInt(80)), recorded,
                            EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED)));
                }
            }
        }
    }

    @Benchmark
    public Heatmap heatmapFromRawEvidence() {
        return Heatmaps.fromEvidence(columns, students, scale, standard -> method, evidence, Map.of());
    }
}
