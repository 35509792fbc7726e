package org.cairn.rotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cairn.rotations.RotationClass.Person;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

/**
 * The request-level figure for grouping (not a test; run by perf/rotations-grouping.sh): a 35-student course
 * launched for real, three target standards with seeded mastery, six stations, then a bounded number of sequential
 * POST .../rotations/{id}/groupings on loopback, each on a fresh rotation, timed from request to full response.
 * The time covers the database reads (roster, course standards, scale, mastery), the grouping, the agenda check,
 * the writes and the JSON answer. Prints p50, p95, p99 and max per method.
 */
public final class GroupingLoad {

    private GroupingLoad() {
    }

    public static void main(String[] args) {
        int requests = Math.min(1000, Math.max(10, args.length > 0 ? Integer.parseInt(args[0]) : 200));
        int warmup = Math.max(10, requests / 5);
        CairnServer cairn = CairnServer.shared();
        try (RotationClass room = new RotationClass(cairn)) {
            Person teacher = room.launch("Teacher", RotationClass.INSTRUCTOR);
            List<Person> students = new ArrayList<>();
            for (int i = 0; i < 35; i++) {
                students.add(room.launch(String.format("Student %02d", i), RotationClass.LEARNER));
            }
            UUID course = room.courseId(teacher);
            List<UUID> standards = room.seedStandards(course, "6.RP.1", "6.RP.2", "6.RP.3");
            Random random = new Random(2026);
            for (Person s : students) {
                for (UUID standard : standards) {
                    if (random.nextInt(10) > 0) room.seedMastery(course, s.id(), standard, 1 + random.nextInt(4));
                }
            }
            List<String> stations = new ArrayList<>();
            String[] kinds = {"TEACHER_LED", "COLLABORATIVE", "INDEPENDENT", "DIGITAL", "COLLABORATIVE", "INDEPENDENT"};
            for (int i = 0; i < kinds.length; i++) stations.add(room.station(teacher, "Station " + i, kinds[i], 7));
            for (String method : List.of("SKILL", "MIXED")) {
                Map<String, Object> grouping = new LinkedHashMap<>();
                grouping.put("method", method);
                grouping.put("standardIds", standards);
                grouping.put("groupCount", 6);
                grouping.put("keepApart", List.of(List.of(id(students, 0), id(students, 1)),
                        List.of(id(students, 2), id(students, 3))));
                grouping.put("keepTogether", List.of(List.of(id(students, 4), id(students, 5))));
                long[] nanos = new long[requests];
                for (int i = -warmup; i < requests; i++) {
                    String rotation = rotation(room, teacher, stations);
                    long start = System.nanoTime();
                    Http.Reply reply = room.post(teacher, "/" + rotation + "/groupings", grouping);
                    long took = System.nanoTime() - start;
                    if (reply.status() != 201) throw new IllegalStateException(reply.toString());
                    if (i >= 0) nanos[i] = took;
                }
                java.util.Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "grouping35 %s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms "
                                + "(database %s)%n", method, requests, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                        nanos[requests - 1] / 1e6, org.cairn.testing.TestDatabase.kind());
            }
        } finally {
            cairn.close();
        }
    }

    private static String id(List<Person> students, int i) {
        return students.get(i).id().toString();
    }

    private static String rotation(RotationClass room, Person teacher, List<String> stations) {
        Http.Reply created = room.post(teacher, "", Map.of("rounds", 3, "minutesPerRound", 15, "stationIds", stations));
        if (created.status() != 201) throw new IllegalStateException(created.toString());
        return created.json().get("rotation").get("id").asText();
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
