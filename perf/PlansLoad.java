// Request-level figures for learning plans: the teacher overview of a 35-student course and one plan page, over
// real HTTP on loopback against the real WAR (Payara Micro, its own database), with the data a class has after
// a few weeks (goals, progress, reflections, held conferences, 12 course standards with a precedes chain).
// Sequential requests, bounded count; prints p50/p95/max in ms of the round trip (an upper bound on server time).
// Run with perf/plans-load.sh [requests] (it builds the WAR and the test classes and sets the class path).
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.plans.CourseStandardsSeed;
import org.cairn.plans.PlanLaunches;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

public class PlansLoad {

    static final int STUDENTS = 35;

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 5000) : 300;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (CairnServer cairn = CairnServer.start("perf-plans", Map.of()); PlanLaunches lms = new PlanLaunches(cairn)) {
            String course = "perf-" + UUID.randomUUID();
            String teacher = lms.teacher("perf-teacher", course);
            UUID courseId = UUID.fromString(lms.http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + teacher)
                    .json().get("courseId").asText());
            String[] codes = new String[12];
            for (int i = 0; i < codes.length; i++) codes[i] = "6.RP." + (i + 1);
            List<UUID> standards = CourseStandardsSeed.chain(cairn, lms.platform.registrationId, courseId, codes);
            JsonNode period = lms.ok(lms.post(teacher, "/planning/periods", PlanLaunches.json(Map.of("name", "Race 1",
                    "startsOn", today.minusDays(3).toString(), "targetStandards", standards.subList(0, 4)))));

            List<String> students = new ArrayList<>();
            List<String> planIds = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String token = lms.student("perf-student-" + i, course);
                students.add(token);
                JsonNode plan = lms.ok(lms.get(token, "/plans/mine"));
                String planId = plan.get("id").asText();
                planIds.add(planId);
                for (int g = 0; g < 3; g++) {
                    JsonNode goal = lms.ok(lms.post(token, "/plans/" + planId + "/goals", PlanLaunches.json(Map.of(
                            "text", "Goal " + g + " of student " + i, "habit", "PERSISTENCE",
                            "target", Map.of("kind", "COUNT_PER", "quantity", 20, "unit", "minutes", "times", 4, "per", "WEEK"),
                            "targetDate", period.get("endsOn").asText()))));
                    lms.ok(lms.post(token, "/plans/" + planId + "/goals/" + goal.get("id").asText() + "/progress",
                            "{\"note\":\"Read 20 minutes\",\"value\":20}"));
                }
                lms.ok(lms.post(token, "/plans/" + planId + "/reflections", PlanLaunches.json(Map.of("answers", Map.of(
                        "What went well?", "Ratios", "What was hard?", "Unit rates", "What will I try next?", "Tables")))));
                lms.ok(lms.post(token, "/plans/" + planId + "/self-assessments", PlanLaunches.json(Map.of(
                        "standardId", standards.get(0).toString(), "points", 3))));
                String studentId = plan.get("studentId").asText();
                JsonNode booked = lms.ok(lms.post(teacher, "/conferences", PlanLaunches.json(Map.of("conferences", List.of(
                        Map.of("studentId", studentId, "date", today.toString(), "startsAt", "09:00", "minutes", 5))))));
                lms.ok(lms.post(teacher, "/conferences/" + booked.get(0).get("id").asText() + "/held",
                        "{\"notes\":\"Talked about unit rates.\",\"shareable\":true}"));
            }
            if (lms.ok(lms.get(teacher, "/plans/overview")).get("rows").size() != STUDENTS) {
                throw new IllegalStateException("the overview does not list " + STUDENTS + " students");
            }

            report("teacher overview, 35 students (GET /plans/overview)", time(requests, () -> lms.get(teacher, "/plans/overview")));
            report("student plan page (GET /plans/mine)", time(requests, () -> lms.get(students.get(0), "/plans/mine")));
            report("a plan for the teacher (GET /plans/{id})", time(requests, () -> lms.get(teacher, "/plans/" + planIds.get(1))));
        }
    }

    interface Call {
        Http.Reply run();
    }

    /** Warm-up of a fifth of the requests (at least 20), then the measured ones, one at a time. */
    static double[] time(int requests, Call call) {
        for (int i = 0; i < Math.max(20, requests / 5); i++) check(call.run());
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            check(call.run());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void check(Http.Reply reply) {
        if (reply.status() != 200) throw new IllegalStateException(reply.toString());
    }

    static void report(String what, double[] ms) {
        System.out.printf("%-55s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, ms.length,
                ms[(int) Math.floor(0.50 * (ms.length - 1))], ms[(int) Math.floor(0.95 * (ms.length - 1))], ms[ms.length - 1]);
    }
}
