// District scale on PostgreSQL, over loopback only (issue 7's figure: 50,000 students × 40 standards × 10 evidence,
// full recompute under 5 minutes, a school-level aggregate under 1 s).
//
// The district: one registration (the tenant) with --schools deployments (one per school, as a Canvas district that
// installs Cairn per school sub-account); --courses courses spread round-robin over the schools; --students students
// in each course (each student in one course: 1,430 × 35 = 50,050 students); a framework of 3 × --standards
// standards, of which each course prioritizes --standards (a third of the courses each band); --evidence pieces per
// student and standard (observed a week apart, 1–4 points from a hash of the position: deterministic). Defaults:
// 1,430 courses, 36 schools (about 40 courses and 1,400 students each), 35 students, 40 standards, 10 evidence =
// 20,020,000 evidence rows and 2,002,000 student-standards.
//
// The schema is Cairn's own (Flyway ran it when Cairn started on this database). Rows are generated inside
// PostgreSQL (INSERT ... SELECT generate_series, ids derived from positions), skipped when the district is already
// there. Then, through Cairn's operator API (POST /api/v1/admin/registrations/{id}/mastery/recompute, the product
// path, course by course, in the background; the script follows it with GET on the same address):
//   1. first build: the district's mastery rows deleted, every level computed and inserted;
//   2. rebuild with nothing changed (every level computed again, nothing written);
//   3. a method change in every course (HIGHEST, as a district-wide policy change would), every row updated;
//   4. the method rows removed again: back to the default method, every row updated again;
// and the aggregate (GET .../mastery/standards?deployment=<school>, and the whole district) --runs times each after
// 3 warm-up calls, printing p50/p95/max. Every step has a bound (HTTP timeouts, --runs at most 200).
//
//   java -cp <postgresql jdbc jar> perf/DistrictLoad.java --cairn http://127.0.0.1:8206 \
//     --db jdbc:postgresql://127.0.0.1:55432/cairn [--user cairn --password cairn] [--admin admin:admin] [--runs 20]
//     [--courses 1430 --schools 36 --students 35 --standards 40 --evidence 10] [--steps 1,2,3]
//     [--skip-recompute | --seed-only]

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DistrictLoad {

    static final String REGISTRATION = "a0000000-0000-0000-0000-00000000d157";
    static final int WARMUP = 3;

    static int courses, schools, students, standards, evidence;

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("--user", "cairn", "--password", "cairn", "--admin", "admin:admin",
                "--runs", "20", "--courses", "1430", "--schools", "36", "--students", "35", "--standards", "40",
                "--evidence", "10"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-recompute") || args[i].equals("--seed-only")) a.put(args[i], "true");
            else if (i + 1 < args.length) a.put(args[i], args[++i]);
        }
        if (!a.containsKey("--cairn") || !a.containsKey("--db")) {
            System.err.println("usage: java -cp <postgresql jar> perf/DistrictLoad.java --cairn <url> --db <jdbc url> [options]");
            System.exit(2);
        }
        URI base = URI.create(a.get("--cairn").replaceAll("/$", ""));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String db = a.get("--db");
        if (!db.startsWith("jdbc:postgresql://127.0.0.1") && !db.startsWith("jdbc:postgresql://localhost")) {
            throw new IllegalArgumentException("a loopback PostgreSQL only: " + db);
        }
        courses = Integer.parseInt(a.get("--courses"));
        schools = Integer.parseInt(a.get("--schools"));
        students = Integer.parseInt(a.get("--students"));
        standards = Integer.parseInt(a.get("--standards"));
        evidence = Integer.parseInt(a.get("--evidence"));
        int runs = Math.min(Integer.parseInt(a.get("--runs")), 200);
        String basic = "Basic " + Base64.getEncoder().encodeToString(a.get("--admin").getBytes(StandardCharsets.UTF_8));
        // HTTP/1.1: over the JDK client's default h2c upgrade, Payara once closed a connection during a long request
        // (when the recompute still ran in the request: the client saw EOF, the server "Connection is closed").
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String steps = a.getOrDefault("--steps", "1,2,3");

        try (Connection c = DriverManager.getConnection(db, a.get("--user"), a.get("--password"))) {
            c.setAutoCommit(true);
            seed(c);
            if (a.containsKey("--seed-only")) return;

            if (!a.containsKey("--skip-recompute") && steps.contains("1")) {
                long t = System.nanoTime();
                exec(c, "DELETE FROM mastery WHERE registration_id = '" + REGISTRATION + "'");
                exec(c, "VACUUM ANALYZE mastery");
                System.out.printf("district mastery rows deleted in %.1f s%n", (System.nanoTime() - t) / 1e9);
                recompute(http, base, basic, "1. first build (no mastery rows: all inserted)");
                System.out.printf("   mastery rows now: %,d%n", count(c, "SELECT COUNT(*) FROM mastery WHERE registration_id = '"
                        + REGISTRATION + "'"));
                exec(c, "VACUUM ANALYZE mastery");
            }
            if (!a.containsKey("--skip-recompute") && steps.contains("2")) {
                recompute(http, base, basic, "2. rebuild, nothing changed");
            }
            if (!a.containsKey("--skip-recompute") && steps.contains("3")) {
                exec(c, "INSERT INTO mastery_method (id, registration_id, course_id, standard_id, method, n_times, weight,"
                        + " rate, include_self_assessment, chosen_by, chosen_at, version) SELECT " + id("70", "n") + ", '"
                        + REGISTRATION + "', c.id, NULL, 'HIGHEST', 3, 0.65, 0.65, FALSE, 'district', now(), 0"
                        + " FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM course WHERE registration_id = '"
                        + REGISTRATION + "') c");
                try {
                    recompute(http, base, basic, "3. method change to HIGHEST in every course (rows updated)");
                } finally {
                    exec(c, "DELETE FROM mastery_method WHERE registration_id = '" + REGISTRATION + "' AND chosen_by = 'district'");
                }
                exec(c, "VACUUM ANALYZE mastery");
                recompute(http, base, basic, "4. back to the default method (rows updated again)");
                exec(c, "VACUUM ANALYZE mastery");
            }

            String school;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM deployment WHERE"
                    + " registration_id = '" + REGISTRATION + "' ORDER BY id LIMIT 1")) {
                r.next();
                school = r.getString(1);
            }
            long schoolCourses = count(c, "SELECT COUNT(*) FROM course WHERE deployment_id = '" + school + "'");
            aggregate(http, base.resolve("/api/v1/admin/registrations/" + REGISTRATION + "/mastery/standards?deployment="
                    + school), basic, runs, "school (" + schoolCourses + " courses, " + schoolCourses * students + " students)");
            aggregate(http, base.resolve("/api/v1/admin/registrations/" + REGISTRATION + "/mastery/standards"), basic,
                    Math.min(runs, 10), "district (" + courses + " courses, " + (long) courses * students + " students)");
        }
    }

    /**
     * Starts a recompute (202) and polls its state twice a second until it is no longer RUNNING, at most 30 minutes;
     * the time printed is the client's, from the POST to the first answer that shows the end (so up to 0.5 s late).
     */
    static void recompute(HttpClient http, URI base, String basic, String what) throws Exception {
        URI uri = base.resolve("/api/v1/admin/registrations/" + REGISTRATION + "/mastery/recompute");
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", basic)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) throw new IllegalStateException("recompute: " + r.statusCode() + " " + r.body());
        HttpRequest status = HttpRequest.newBuilder(uri).header("Authorization", basic).timeout(Duration.ofSeconds(60)).GET().build();
        long deadline = t0 + Duration.ofMinutes(30).toNanos();
        while (r.body().contains("\"status\":\"RUNNING\"")) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("recompute still running after 30 min: " + r.body());
            Thread.sleep(500);
            r = http.send(status, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("recompute status: " + r.statusCode() + " " + r.body());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (!r.body().contains("\"status\":\"DONE\"")) throw new IllegalStateException("recompute did not finish: " + r.body());
        System.out.printf("%s: %.1f s (%d min %.0f s); %s%n", what, s, (int) (s / 60), s % 60, r.body());
    }

    static void aggregate(HttpClient http, URI uri, String basic, int runs, String what) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(uri).header("Authorization", basic).timeout(Duration.ofSeconds(60)).GET().build();
        long[] times = new long[runs];
        String body = "";
        for (int i = -WARMUP; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            long t = System.nanoTime() - t0;
            if (r.statusCode() != 200) throw new IllegalStateException("aggregate: " + r.statusCode() + " " + r.body());
            body = r.body();
            if (i >= 0) times[i] = t;
        }
        Arrays.sort(times);
        long withLevel = 0, atMastery = 0, rows = 0;
        Matcher m = Pattern.compile("\"withLevel\":(\\d+)").matcher(body);
        while (m.find()) {
            withLevel += Long.parseLong(m.group(1));
            rows++;
        }
        m = Pattern.compile("\"atMastery\":(\\d+)").matcher(body);
        while (m.find()) atMastery += Long.parseLong(m.group(1));
        System.out.printf("aggregate per standard, %s: %d standards, %,d student-standards with a level, %,d at mastery;"
                        + " %d requests after %d warm-up: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", what, rows, withLevel,
                atMastery, runs, WARMUP, ms(times, 0.50), ms(times, 0.95), times[times.length - 1] / 1e6);
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** A UUID from a kind (two hex digits) and a number: deterministic, and in insertion order for the indexes. */
    static String id(String kind, String number) {
        return "(('" + kind + "' || lpad(to_hex((" + number + ")::bigint), 30, '0'))::uuid)";
    }

    static void seed(Connection c) throws Exception {
        if (count(c, "SELECT COUNT(*) FROM registration WHERE id = '" + REGISTRATION + "'") > 0) {
            System.out.printf("district already seeded: %,d evidence rows%n",
                    count(c, "SELECT COUNT(*) FROM evidence WHERE registration_id = '" + REGISTRATION + "'"));
            return;
        }
        long t0 = System.nanoTime();
        String reg = "'" + REGISTRATION + "'";
        // A throwaway database: foreign-key triggers off for the bulk load (every row's references are generated
        // from the same numbers), commits not waiting for the disk.
        exec(c, "SET session_replication_role = replica");
        exec(c, "SET synchronous_commit = off");
        exec(c, "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, jwks_uri,"
                + " allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version) VALUES ("
                + reg + ", 'https://district.invalid', 'district', 'District load', 'other', 'https://lms.invalid/auth',"
                + " 'https://lms.invalid/jwks', 'RS256', 'ACTIVE', 'REFUSE', 'MANUAL', now(), now(), 0)");
        exec(c, "INSERT INTO deployment (id, registration_id, deployment_id, label, status, created_by, created_at, updated_at,"
                + " version) SELECT " + id("b0", "s") + ", " + reg + ", 'school-' || s, 'School ' || s, 'ACTIVE', 'OPERATOR',"
                + " now(), now(), 0 FROM generate_series(0, " + (schools - 1) + ") s");
        exec(c, "INSERT INTO course (id, registration_id, deployment_id, context_id, title, created_at, updated_at, version)"
                + " SELECT " + id("c0", "k") + ", " + reg + ", " + id("b0", "k % " + schools) + ", 'course-' || k,"
                + " 'Course ' || k, now(), now(), 0 FROM generate_series(0, " + (courses - 1) + ") k");
        long people = (long) courses * students;
        exec(c, "INSERT INTO person (id, registration_id, sub, name, created_at, updated_at, version) SELECT "
                + id("d0", "n") + ", " + reg + ", 'student-' || n, 'Student ' || n, now(), now(), 0"
                + " FROM generate_series(0, " + (people - 1) + ") n");
        exec(c, "INSERT INTO enrollment (id, course_id, person_id, role, lti_roles, active, created_at, updated_at, version)"
                + " SELECT " + id("10", "n") + ", " + id("c0", "n / " + students) + ", " + id("d0", "n") + ", 'STUDENT',"
                + " 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner', TRUE, now(), now(), 0"
                + " FROM generate_series(0, " + (people - 1) + ") n");
        exec(c, "INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)"
                + " VALUES (" + id("f0", "0") + ", " + reg + ", 'district', 'District framework', 'CASE', now(), 'load', 0)");
        exec(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, sequence_number, retired, version)"
                + " SELECT " + id("50", "k") + ", " + id("f0", "0") + ", 'item-' || k, 'S.' || k, 'Standard ' || k,"
                + " 'STANDARD', k, FALSE, 0 FROM generate_series(0, " + (3 * standards - 1) + ") k");
        exec(c, "INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, unit_name, category,"
                + " version) SELECT " + id("20", "k * " + standards + " + j") + ", " + reg + ", " + id("c0", "k") + ", "
                + id("50", "(k % 3) * " + standards + " + j") + ", j, 'Unit ' || (j / 10 + 1), 'ACADEMIC', 0"
                + " FROM generate_series(0, " + (courses - 1) + ") k, generate_series(0, " + (standards - 1) + ") j");
        System.out.printf("district rows (%d schools, %d courses, %,d students, %,d course standards) in %.1f s%n",
                schools, courses, people, (long) courses * standards, (System.nanoTime() - t0) / 1e9);
        int chunk = 100;
        for (int from = 0; from < courses; from += chunk) {
            int to = Math.min(courses, from + chunk);
            long t = System.nanoTime();
            // n = student number, j = the course's j-th standard, e = the e-th piece; course k = n / students.
            exec(c, "INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id, points, observed_on,"
                    + " recorded_at, source, author, status, version) SELECT "
                    + id("e0", "(n * " + standards + " + j) * " + evidence + " + e") + ", " + reg + ", "
                    + id("c0", "n / " + students) + ", " + id("d0", "n") + ", "
                    + id("50", "((n / " + students + ") % 3) * " + standards + " + j") + ","
                    + " 1 + abs(hashtext(n || ':' || j || ':' || e)) % 4, DATE '2026-09-01' + e * 7,"
                    + " TIMESTAMP WITH TIME ZONE '2026-09-01 16:00:00+00' + e * INTERVAL '7 days', 'ASSESSMENT', 'teacher',"
                    + " 'RECORDED', 0 FROM generate_series(" + (long) from * students + ", " + ((long) to * students - 1)
                    + ") n, generate_series(0, " + (standards - 1) + ") j, generate_series(0, " + (evidence - 1) + ") e");
            System.out.printf("  evidence of courses %d–%d: %.1f s%n", from, to - 1, (System.nanoTime() - t) / 1e9);
        }
        exec(c, "SET session_replication_role = origin");
        exec(c, "VACUUM ANALYZE");
        System.out.printf("seeded %,d evidence rows in %.1f s%n",
                count(c, "SELECT COUNT(*) FROM evidence WHERE registration_id = " + reg), (System.nanoTime() - t0) / 1e9);
    }

    static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(1800);
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
