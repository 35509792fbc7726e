// Class heatmap API under load, over loopback only (issue 7's figure: 35 students × 60 standards × 20 evidence
// each, server time under 50 ms).
//
// Seeds one course straight into the database of a RUNNING Cairn (registration, deployment, course, 35 students and
// a teacher with a session, a framework of 60 prioritized standards, 20 evidence per student and standard = 42,000
// rows), asks Cairn to rebuild the course's mastery through the API (PUT .../mastery/methods, timed: the course
// recompute), then GETs the heatmap a bounded number of times on one connection and prints p50/p95/p99/max.
//
//   java -cp <jdbc driver jar> perf/HeatmapLoad.java <cairn base url> <jdbc url> <db user> <db password> [requests]
//
// e.g. with H2 (the server started with CAIRN_DB_URL='jdbc:h2:file:/tmp/cairn-perf/cairn;AUTO_SERVER=TRUE'):
//   java -cp ~/.m2/repository/com/h2database/h2/2.*/h2-2.*.jar perf/HeatmapLoad.java http://127.0.0.1:8201 \
//     'jdbc:h2:file:/tmp/cairn-perf/cairn;AUTO_SERVER=TRUE' cairn cairn 300
// The figure is client-measured round-trip time on loopback, an upper bound of the server time; Cairn's own time per
// request (its Server-Timing header) is printed beside it.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

public class HeatmapLoad {

    static final int STUDENTS = 35, STANDARDS = 60, EVIDENCE = 20, WARMUP = 30;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp <jdbc jar> perf/HeatmapLoad.java <base url> <jdbc url> <user> <password> [requests]");
            System.exit(2);
        }
        URI base = URI.create(args[0].replaceAll("/$", ""));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int requests = args.length > 4 ? Math.min(Integer.parseInt(args[4]), 5000) : 300;
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        long seedStart = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            c.setAutoCommit(false);
            seed(c, token);
            c.commit();
        }
        System.out.printf("seeded %d students × %d standards × %d evidence in %.1f s%n", STUDENTS, STANDARDS, EVIDENCE,
                (System.nanoTime() - seedStart) / 1e9);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long rebuild = System.nanoTime();
        HttpResponse<String> method = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/courses/current/mastery/methods"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\": \"DECAYING_AVERAGE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (method.statusCode() != 200) throw new IllegalStateException("method choice: " + method.statusCode() + " " + method.body());
        System.out.printf("course recompute (2,100 student-standards from 42,000 evidence) through the API: %.0f ms%n",
                (System.nanoTime() - rebuild) / 1e6);

        // The same loop on the smallest authenticated endpoint: what the machine, the session check and HTTP cost
        // alone, so a loaded machine's figure can be read against it.
        HttpRequest session = HttpRequest.newBuilder(base.resolve("/api/v1/session"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        long[] baseline = new long[requests];
        for (int i = -WARMUP; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(session, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("session: " + r.statusCode() + " " + r.body());
            if (i >= 0) baseline[i] = System.nanoTime() - t0;
        }
        Arrays.sort(baseline);
        System.out.printf("baseline GET /api/v1/session, %d requests: p50 %.1f ms, p95 %.1f ms%n", requests,
                ms(baseline, 0.50), ms(baseline, 0.95));

        HttpRequest get = HttpRequest.newBuilder(base.resolve("/api/v1/courses/current/mastery/heatmap"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        long[] times = new long[requests];
        long[] server = new long[requests];
        int timed = 0;
        int bytes = 0;
        for (int i = -WARMUP; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            long t = System.nanoTime() - t0;
            if (r.statusCode() != 200) throw new IllegalStateException("heatmap: " + r.statusCode() + " " + r.body());
            if (!r.body().contains("\"label\"")) throw new IllegalStateException("heatmap without levels");
            bytes = r.body().length();
            if (i >= 0) {
                times[i] = t;
                // Server-Timing: app;dur=12.3 (Cairn's time from JAX-RS to the resource's answer, JSON writing excluded)
                var dur = r.headers().firstValue("Server-Timing").map(v -> v.replaceAll(".*dur=([0-9.]+).*", "$1"));
                if (dur.isPresent()) server[timed++] = (long) (Double.parseDouble(dur.get()) * 1e6);
            }
        }
        Arrays.sort(times);
        System.out.printf("GET heatmap (%d KB), %d requests after %d warm-up, one connection: p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms%n", bytes / 1024, requests, WARMUP, ms(times, 0.50), ms(times, 0.95),
                ms(times, 0.99), times[times.length - 1] / 1e6);
        if (timed == requests) {
            Arrays.sort(server);
            System.out.printf("  server time (Server-Timing app): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ms(server, 0.50), ms(server, 0.95), ms(server, 0.99), server[server.length - 1] / 1e6);
        }
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static void seed(Connection c, String token) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        UUID registration = UUID.randomUUID(), deployment = UUID.randomUUID(), course = UUID.randomUUID();
        UUID teacher = UUID.randomUUID(), framework = UUID.randomUUID();
        String tag = registration.toString().substring(0, 8);
        run(c, "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, jwks_uri,"
                + " allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'Load test', 'other', 'https://lms.invalid/auth', 'https://lms.invalid/jwks', 'RS256',"
                + " 'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)", registration, "https://load-" + tag + ".invalid", "load-" + tag, now, now);
        run(c, "INSERT INTO deployment (id, registration_id, deployment_id, status, created_by, created_at, updated_at, version)"
                + " VALUES (?, ?, 'dep', 'ACTIVE', 'OPERATOR', ?, ?, 0)", deployment, registration, now, now);
        run(c, "INSERT INTO course (id, registration_id, deployment_id, context_id, title, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'load', 'Load course', ?, ?, 0)", course, registration, deployment, now, now);
        person(c, teacher, registration, "teacher", "Load Teacher", course, "TEACHER", now);
        run(c, "INSERT INTO course_session (id, token_hash, person_id, course_id, registration_id, deployment_id, sub, role,"
                + " locale, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 'teacher', 'TEACHER', 'en', ?, ?)",
                UUID.randomUUID(), sha256Hex(token), teacher, course, registration, deployment, now,
                Timestamp.from(Instant.now().plus(Duration.ofHours(2))));
        List<UUID> students = new ArrayList<>();
        for (int s = 0; s < STUDENTS; s++) {
            UUID id = UUID.randomUUID();
            person(c, id, registration, "student-" + s, "Student %02d".formatted(s), course, "STUDENT", now);
            students.add(id);
        }
        run(c, "INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)"
                + " VALUES (?, ?, 'load', 'Load framework', 'CASE', ?, 'load', 0)", framework, registration, now);
        List<UUID> standards = new ArrayList<>();
        for (int k = 0; k < STANDARDS; k++) {
            UUID id = UUID.randomUUID();
            run(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, sequence_number, retired,"
                    + " version) VALUES (?, ?, ?, ?, ?, 'STANDARD', ?, FALSE, 0)", id, framework, "item-" + k, "S." + k,
                    "Standard " + k, k);
            run(c, "INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, unit_name, category,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, 'ACADEMIC', 0)", UUID.randomUUID(), registration, course, id, k,
                    "Unit " + (k / 10 + 1));
            standards.add(id);
        }
        Random random = new Random(2026);
        LocalDate first = LocalDate.now().minusDays(120);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO evidence (id, registration_id, course_id,"
                + " student_id, standard_id, points, observed_on, recorded_at, source, author, status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ASSESSMENT', ?, 'RECORDED', 0)")) {
            for (UUID student : students) {
                for (UUID standard : standards) {
                    for (int e = 0; e < EVIDENCE; e++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, registration);
                        insert.setObject(3, course);
                        insert.setObject(4, student);
                        insert.setObject(5, standard);
                        insert.setDouble(6, 1 + random.nextInt(4));
                        insert.setObject(7, first.plusDays(e * 5L));
                        insert.setTimestamp(8, now);
                        insert.setString(9, teacher.toString());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    static void person(Connection c, UUID id, UUID registration, String sub, String name, UUID course, String role,
                       Timestamp now) throws Exception {
        run(c, "INSERT INTO person (id, registration_id, sub, name, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)",
                id, registration, sub, name, now, now);
        run(c, "INSERT INTO enrollment (id, course_id, person_id, role, lti_roles, active, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 0)", UUID.randomUUID(), course, id, role,
                role.equals("TEACHER") ? "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
                        : "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", now, now);
    }

    static void run(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }

    static String sha256Hex(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
