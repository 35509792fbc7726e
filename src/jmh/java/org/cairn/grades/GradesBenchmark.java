package org.cairn.grades;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cairn.grades.control.AgsClient;
import org.cairn.grades.entity.Score;
import org.cairn.roster.nrps.Member;
import org.cairn.roster.nrps.MembershipClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU cost of the grade and roster payloads: building and serializing 1,000 AGS score bodies, and parsing one
 * 100-member NRPS page (Moodle-shaped members with names, email and short roles).
 * Run: mvn -B -Pjmh package -Djmh.args="org.cairn.grades -f 1 -wi 2 -i 3 -t 1"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradesBenchmark {

    private static final URI PAGE = URI.create("https://lms.example/api/lti/courses/1/names_and_roles");
    private String nrpsPage;
    private Instant base;

    @Setup
    public void setUp() {
        StringBuilder page = new StringBuilder("{\"id\": \"").append(PAGE).append("\", \"context\": {\"id\": \"2\", \"label\": \"course\", "
                + "\"title\": \"Course\"}, \"members\": [");
        for (int i = 0; i < 100; i++) {
            if (i > 0) page.append(',');
            page.append("{\"status\": \"Active\", \"roles\": [\"").append(i == 0 ? "Instructor" : "Learner")
                    .append("\", \"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"], \"user_id\": \"")
                    .append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i})).append("\", \"lis_person_sourcedid\": \"\", ")
                    .append("\"name\": \"Student ").append(i).append("\", \"given_name\": \"Student\", \"family_name\": \"")
                    .append(i).append("\", \"email\": \"student").append(i).append("@school.example\"}");
        }
        nrpsPage = page.append("]}").toString();
        base = Instant.parse("2026-03-02T08:00:00Z");
    }

    @Benchmark
    public void build1000ScoreBodies(Blackhole hole) {
        for (int i = 0; i < 1000; i++) {
            hole.consume(AgsClient.scoreBody(new Score("user-" + i, i % 5, 4, i % 3 == 0 ? "Secure on fractions" : null,
                    base.plusMillis(i))));
        }
    }

    @Benchmark
    public List<Member> parse100MemberNrpsPage() {
        return MembershipClient.parseMembers(PAGE, nrpsPage);
    }
}
