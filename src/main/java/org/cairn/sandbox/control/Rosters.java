package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.MemberChange;
import org.cairn.sandbox.entity.Role;
import org.cairn.sandbox.entity.SandboxUser;

/**
 * The sandbox's courses as they are now: the built-in ones (demo, large) and practice courses made through the
 * admin API (each starts with the demo course's people), with every recorded membership change applied in order.
 * The changes are what the NRPS service's {@code rel="differences"} URLs list. Also remembers, in memory, the last
 * NRPS reads of each course, so a test can see whether Cairn read the whole membership or the differences.
 */
@ApplicationScoped
public class Rosters {

    /** How many NRPS reads are remembered per course. */
    static final int READS_KEPT = 200;

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    private final Map<String, Deque<Read>> reads = new HashMap<>();

    /** One NRPS request the sandbox answered: a full read's page, or a differences read's page (since a version). */
    public record Read(Instant at, Long since, int page) {

        public boolean differences() {
            return since != null;
        }
    }

    public Optional<Course> course(String id) {
        if (id == null) return Optional.empty();
        Optional<Course> base = DemoCourses.byId(id).or(() -> practiceCourse(id));
        return base.map(this::withChanges);
    }

    /** A new practice course with the demo course's people; returns it. */
    public Course createPracticeCourse(String title) {
        String id = "sbx-course-" + UUID.randomUUID().toString().substring(0, 12);
        String name = title == null || title.isBlank() ? "Practice course" : title.strip();
        if (name.length() > 200) name = name.substring(0, 200);
        tables.update("INSERT INTO sandbox_course (id, label, title, created_at) VALUES (?, ?, ?, ?)", id,
                "PRACTICE", name, clock.instant());
        return course(id).orElseThrow();
    }

    /** Records a member joining, changing or leaving; returns the change's version. */
    public long change(String courseId, SandboxUser member, String status) {
        MemberChange.requireStatus(status);
        tables.update("INSERT INTO sandbox_member_change (course_id, user_id, given_name, family_name, email, role, "
                        + "locale, status, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", courseId, member.id(),
                member.givenName(), member.familyName(), member.email(), member.role().name(), member.locale(),
                status, clock.instant());
        return version(courseId);
    }

    /** The version of the course's membership: its last change, 0 when it never changed. */
    public long version(String courseId) {
        return tables.one("SELECT MAX(version) AS v FROM sandbox_member_change WHERE course_id = ?",
                row -> row.getLong("v"), courseId).orElse(0L);
    }

    /** Each member changed after {@code version}, as they are now (NRPS 2.0 §2.4.2), in order of their last change. */
    public List<MemberChange> changesSince(String courseId, long version) {
        Map<String, MemberChange> latest = new LinkedHashMap<>();
        for (MemberChange change : changes(courseId, version)) {
            latest.remove(change.member().id());
            latest.put(change.member().id(), change);
        }
        return List.copyOf(latest.values());
    }

    public synchronized void read(String courseId, Long since, int page) {
        Deque<Read> kept = reads.computeIfAbsent(courseId, id -> new ArrayDeque<>());
        kept.addLast(new Read(clock.instant(), since, page));
        while (kept.size() > READS_KEPT) kept.removeFirst();
    }

    public synchronized List<Read> reads(String courseId) {
        return List.copyOf(reads.getOrDefault(courseId, new ArrayDeque<>()));
    }

    private Optional<Course> practiceCourse(String id) {
        return tables.one("SELECT id, label, title FROM sandbox_course WHERE id = ?",
                row -> new Course(row.getString("id"), row.getString("label"), row.getString("title"),
                        DemoCourses.demo().members()), id);
    }

    private Course withChanges(Course course) {
        List<MemberChange> changes = changes(course.id(), 0);
        if (changes.isEmpty()) return course;
        Map<String, SandboxUser> members = new LinkedHashMap<>();
        course.members().forEach(m -> members.put(m.id(), m));
        for (MemberChange change : changes) {
            if (change.deleted()) {
                members.remove(change.member().id());
            } else {
                members.put(change.member().id(), change.member());
            }
        }
        return new Course(course.id(), course.label(), course.title(), new ArrayList<>(members.values()));
    }

    private List<MemberChange> changes(String courseId, long after) {
        return tables.query("SELECT version, course_id, user_id, given_name, family_name, email, role, locale, status, "
                        + "changed_at FROM sandbox_member_change WHERE course_id = ? AND version > ? ORDER BY version",
                row -> {
                    String status = row.getString("status");
                    SandboxUser member = new SandboxUser(row.getString("user_id"), row.getString("given_name"),
                            row.getString("family_name"), row.getString("email"),
                            Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)), row.getString("locale"),
                            MemberChange.ACTIVE.equals(status));
                    return new MemberChange(row.getLong("version"), row.getString("course_id"), member, status,
                            SandboxTables.instant(row, "changed_at"));
                }, courseId, after);
    }
}
