package org.cairn.sandbox.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's demo data, which is product code: "Grade 6 Math &amp; Writing" with its teacher, a teaching
 * assistant, 24 students (a few preferring Spanish) and an admin; and a "large course" of 5,000 generated
 * members with deterministic names for load tests. Ids are stable so launches and rosters stay comparable.
 */
public final class DemoCourses {

    public static final String DEMO_COURSE_ID = "grade6-math-writing";
    public static final String LARGE_COURSE_ID = "large-course";
    public static final String TEACHER_ID = "sbx-teacher-rivera";
    public static final String ADMIN_ID = "sbx-admin-okafor";
    /** The module item "My learning plan": a resource link in the demo course. */
    public static final String PLAN_LINK_ID = "rl-my-learning-plan";
    public static final int LARGE_COURSE_SIZE = 5000;
    public static final String LARGE_TEACHER_ID = "sbx-large-teacher";

    private static final String[][] STUDENTS = {
            {"Ana", "García", "es"}, {"Liam", "Nguyen", "en"}, {"Sofía", "Hernández", "es"}, {"Noah", "Johnson", "en"},
            {"Aaliyah", "Washington", "en"}, {"Mateo", "López", "es"}, {"Mei", "Chen", "en"}, {"Omar", "Haddad", "en"},
            {"Priya", "Patel", "en"}, {"Ethan", "Kowalski", "en"}, {"Zainab", "Bello", "en"}, {"Lucas", "Silva", "en"},
            {"Hana", "Sato", "en"}, {"Diego", "Ramírez", "es"}, {"Ava", "Thompson", "en"}, {"Kwame", "Mensah", "en"},
            {"Isabella", "Rossi", "en"}, {"Yusuf", "Demir", "en"}, {"Chloe", "Martin", "en"}, {"Arjun", "Singh", "en"},
            {"Leilani", "Kahale", "en"}, {"Elif", "Yılmaz", "en"}, {"Samuel", "Cohen", "en"}, {"Valentina", "Torres", "es"}};

    private static final Course DEMO = buildDemo();
    private static volatile Course large;

    private DemoCourses() {
    }

    public static Course demo() {
        return DEMO;
    }

    private static Course buildDemo() {
        List<SandboxUser> members = new ArrayList<>();
        members.add(new SandboxUser(TEACHER_ID, "Elena", "Rivera", "e.rivera@sandbox.example", Role.TEACHER, "en", true));
        members.add(new SandboxUser("sbx-ta-brooks", "Jordan", "Brooks", "j.brooks@sandbox.example",
                Role.TEACHING_ASSISTANT, "en", true));
        for (int i = 0; i < STUDENTS.length; i++) {
            String[] s = STUDENTS[i];
            String id = String.format("sbx-student-%02d", i + 1);
            String email = ascii(s[0]).toLowerCase() + "." + ascii(s[1]).toLowerCase() + "@students.sandbox.example";
            members.add(new SandboxUser(id, s[0], s[1], email, Role.STUDENT, s[2], true));
        }
        members.add(new SandboxUser(ADMIN_ID, "Grace", "Okafor", "g.okafor@sandbox.example", Role.ADMIN, "en", true));
        return new Course(DEMO_COURSE_ID, "G6-MW", "Grade 6 Math & Writing", members);
    }

    /** 5,000 members: one teacher and students named from fixed lists; every 50th is inactive. */
    public static Course large() {
        Course course = large;
        if (course == null) {
            List<SandboxUser> members = new ArrayList<>(LARGE_COURSE_SIZE);
            members.add(new SandboxUser(LARGE_TEACHER_ID, "Morgan", "Lee", "m.lee@sandbox.example", Role.TEACHER,
                    "en", true));
            for (int i = 1; i < LARGE_COURSE_SIZE; i++) {
                String[] s = STUDENTS[i % STUDENTS.length];
                String family = STUDENTS[(i / STUDENTS.length) % STUDENTS.length][1];
                String id = String.format("sbx-large-%05d", i);
                members.add(new SandboxUser(id, s[0], family + " " + i, id + "@students.sandbox.example",
                        Role.STUDENT, s[2], i % 50 != 0));
            }
            course = new Course(LARGE_COURSE_ID, "LARGE", "Large course (load tests)", members);
            large = course;
        }
        return course;
    }

    public static Optional<Course> byId(String id) {
        if (DEMO_COURSE_ID.equals(id)) return Optional.of(DEMO);
        if (LARGE_COURSE_ID.equals(id)) return Optional.of(large());
        return Optional.empty();
    }

    /** A person of the demo course, or of the large course (whose teacher launches for load tests). */
    public static Optional<SandboxUser> user(String id) {
        if (id == null) return Optional.empty();
        if (id.startsWith("sbx-large-")) return large().member(id);
        return DEMO.member(id);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "")
                .replace("ı", "i");
    }
}
