// Import of a 1,000-item CASE framework through the API, over loopback only (issue 7's figure: under 2 s).
//
// Seeds a tenant with a teacher's session straight into the database of a RUNNING Cairn (registration, deployment,
// course, teacher, session), then POSTs generated CASE packages (10 domains x 9 clusters x 10 standards, 1,000
// isChildOf and 899 precedes associations, about 600 KB) to /api/v1/frameworks, a bounded number of rounds:
// each round a first import into a fresh framework identifier (1,000 rows written), then an unchanged re-import,
// then a re-import with 100 revised items. Prints min/median/max per kind.
//
//   java -cp <jdbc driver jar> perf/FrameworkImportLoad.java <cairn base url> <jdbc url> <db user> <db password> [rounds]
//
// e.g. with H2 (Cairn started with CAIRN_DB_URL='jdbc:h2:file:/tmp/cairn-perf/cairn;AUTO_SERVER=TRUE'):
//   java -cp ~/.m2/repository/com/h2database/h2/2.*/h2-2.*.jar perf/FrameworkImportLoad.java http://127.0.0.1:8202 \
//     'jdbc:h2:file:/tmp/cairn-perf/cairn;AUTO_SERVER=TRUE' cairn cairn 5
// Client-measured round trips on loopback: an upper bound of the server time.

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

public class FrameworkImportLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp <jdbc jar> perf/FrameworkImportLoad.java <base url> <jdbc url> <user> <password> [rounds]");
            System.exit(2);
        }
        URI base = URI.create(args[0].replaceAll("/$", ""));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int rounds = args.length > 4 ? Math.min(Integer.parseInt(args[4]), 20) : 5;
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            c.setAutoCommit(false);
            seed(c, token);
            c.commit();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Warm-up: one import of another framework, so the first timed round does not pay for class loading.
        post(http, base, token, generated("w0000000-0000-0000-0000-000000000000", 1000, 0), 201);
        long[] first = new long[rounds], same = new long[rounds], revised = new long[rounds];
        int bytes = 0;
        for (int r = 0; r < rounds; r++) {
            String doc = String.format("d%07d-0000-0000-0000-000000000000", r);
            String json = generated(doc, 1000, 0);
            bytes = json.length();
            first[r] = post(http, base, token, json, 201);
            same[r] = post(http, base, token, json, 200);
            revised[r] = post(http, base, token, generated(doc, 1000, 100), 200);
        }
        System.out.printf("CASE import through POST /api/v1/frameworks, 1,000 items (%d KB), %d rounds:%n", bytes / 1024, rounds);
        report("first import (1,000 standards written)", first);
        report("re-import, unchanged", same);
        report("re-import, 100 items revised", revised);
    }

    static long post(HttpClient http, URI base, String token, String json, int expected) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/frameworks"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != expected) throw new IllegalStateException("import: " + r.statusCode() + " " + r.body());
        return t;
    }

    static void report(String what, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-40s min %6.0f ms, median %6.0f ms, max %6.0f ms%n", what, sorted[0] / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    static void seed(Connection c, String token) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        UUID registration = UUID.randomUUID(), deployment = UUID.randomUUID(), course = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        String tag = registration.toString().substring(0, 8);
        run(c, "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, jwks_uri,"
                + " allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'Import load test', 'other', 'https://lms.invalid/auth', 'https://lms.invalid/jwks', 'RS256',"
                + " 'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)", registration, "https://import-" + tag + ".invalid", "import-" + tag, now, now);
        run(c, "INSERT INTO deployment (id, registration_id, deployment_id, status, created_by, created_at, updated_at, version)"
                + " VALUES (?, ?, 'dep', 'ACTIVE', 'OPERATOR', ?, ?, 0)", deployment, registration, now, now);
        run(c, "INSERT INTO course (id, registration_id, deployment_id, context_id, title, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'import-load', 'Import load course', ?, ?, 0)", course, registration, deployment, now, now);
        run(c, "INSERT INTO person (id, registration_id, sub, name, created_at, updated_at, version) VALUES (?, ?, 'teacher', 'Load Teacher', ?, ?, 0)",
                teacher, registration, now, now);
        run(c, "INSERT INTO enrollment (id, course_id, person_id, role, lti_roles, active, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'TEACHER', 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor', TRUE, ?, ?, 0)",
                UUID.randomUUID(), course, teacher, now, now);
        run(c, "INSERT INTO course_session (id, token_hash, person_id, course_id, registration_id, deployment_id, sub, role,"
                + " locale, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 'teacher', 'TEACHER', 'en', ?, ?)",
                UUID.randomUUID(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))),
                teacher, course, registration, deployment, now, Timestamp.from(Instant.now().plus(Duration.ofHours(2))));
    }

    static void run(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }

    /** The same shape as src/jmh/.../FrameworkImportBenchmark's packages; item ids depend on the document. */
    static String generated(String doc, int n, int changed) {
        var items = new StringBuilder();
        var associations = new StringBuilder();
        int[] counter = {0};
        String prefix = doc.substring(0, 8);
        var standards = new ArrayList<String>();
        int revisedSoFar = 0;
        for (int d = 0; d < n / 100; d++) {
            String domain = item(items, prefix, "D" + d, "Domain", ++counter[0], false);
            child(associations, prefix, domain, doc, d + 1, counter);
            for (int k = 0; k < 9; k++) {
                String cluster = item(items, prefix, "D" + d + "." + k, "Cluster", ++counter[0], false);
                child(associations, prefix, cluster, domain, k + 1, counter);
                for (int s = 0; s < 10; s++) {
                    boolean revise = revisedSoFar < changed && (s % 9 == 0 || s % 9 == 4);
                    if (revise) revisedSoFar++;
                    String standard = item(items, prefix, "D" + d + "." + k + "." + s, "Standard", ++counter[0], revise);
                    child(associations, prefix, standard, cluster, s + 1, counter);
                    standards.add(standard);
                }
            }
        }
        for (int i = 1; i < standards.size(); i++) {
            associations.append(",{\"identifier\":\"").append(id("a" + prefix.substring(1), ++counter[0]))
                    .append("\",\"associationType\":\"precedes\",\"originNodeURI\":{\"identifier\":\"")
                    .append(standards.get(i - 1)).append("\"},\"destinationNodeURI\":{\"identifier\":\"")
                    .append(standards.get(i)).append("\"}}");
        }
        return "{\"CFDocument\":{\"identifier\":\"" + doc + "\",\"uri\":\"https://case.example/CFDocuments/" + doc
                + "\",\"title\":\"Generated " + doc + "\",\"creator\":\"perf\",\"lastChangeDateTime\":\"2026-01-01T00:00:00+00:00\"},"
                + "\"CFItems\":[" + items.substring(1) + "],\"CFAssociations\":[" + associations.substring(1) + "]}";
    }

    static String id(String prefix, int n) {
        return prefix + String.format("-0000-0000-0000-%012d", n);
    }

    static String item(StringBuilder out, String prefix, String code, String type, int n, boolean revised) {
        String id = id(prefix, n);
        out.append(",{\"identifier\":\"").append(id).append("\",\"uri\":\"https://case.example/CFItems/").append(id)
                .append("\",\"humanCodingScheme\":\"").append(code).append("\",\"fullStatement\":\"")
                .append(revised ? "Revised statement of " : "Statement of ").append(code)
                .append("\",\"CFItemType\":\"").append(type).append("\",\"lastChangeDateTime\":\"")
                .append(revised ? "2026-06-01T00:00:00+00:00" : "2026-01-01T00:00:00+00:00").append("\"}");
        return id;
    }

    static void child(StringBuilder out, String prefix, String child, String parent, int sequence, int[] counter) {
        out.append(",{\"identifier\":\"").append(id("c" + prefix.substring(1), ++counter[0]))
                .append("\",\"associationType\":\"isChildOf\",\"originNodeURI\":{\"identifier\":\"").append(child)
                .append("\"},\"destinationNodeURI\":{\"identifier\":\"").append(parent)
                .append("\"},\"sequenceNumber\":").append(sequence).append('}');
    }
}
