package org.cairn.rotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cairn.rotations.control.Groupings;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.TargetStandard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grouping a class of 35 (target under 20 ms) and a grade of 600 into 20 groups (target under 1 s), by skill and
 * mixed. Levels on three standards are drawn from a fixed seed; the class of 35 has two keep-apart pairs and one
 * keep-together pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupingBenchmark {

    private GroupingRequest classOf35;
    private GroupingRequest gradeOf600;

    @Setup
    public void setUp() {
        classOf35 = request(35, new Random(35), GroupingConstraints.groups(6)
                .keepApart("s000", "s001").keepApart("s002", "s003").keepTogether("s004", "s005"));
        gradeOf600 = request(600, new Random(600), GroupingConstraints.groups(20));
    }

    static GroupingRequest request(int n, Random rnd, GroupingConstraints constraints) {
        var standards = List.of(new TargetStandard("rp1", "6.RP.1"), new TargetStandard("rp2", "6.RP.2"),
                new TargetStandard("rp3", "6.RP.3"));
        var students = new ArrayList<Student>();
        for (int i = 0; i < n; i++) {
            students.add(Student.present(String.format("s%03d", i), "Student " + i));
        }
        var builder = GroupingRequest.of(students, standards).constraints(constraints);
        for (Student s : students) {
            for (TargetStandard t : standards) {
                if (rnd.nextInt(10) > 0) {
                    builder.level(s.id().value(), t.id(), 1 + rnd.nextInt(4));
                }
            }
        }
        return builder.build();
    }

    @Benchmark
    public Grouping skill35() {
        return Groupings.skill(classOf35);
    }

    @Benchmark
    public Grouping mixed35() {
        return Groupings.mixed(classOf35);
    }

    @Benchmark
    public Grouping skill600into20() {
        return Groupings.skill(gradeOf600);
    }

    @Benchmark
    public Grouping mixed600into20() {
        return Groupings.mixed(gradeOf600);
    }
}
