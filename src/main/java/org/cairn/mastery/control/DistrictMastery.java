package org.cairn.mastery.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.cairn.infra.persistence.Migrations;
import org.cairn.competency.entity.MasteryScale;
import org.cairn.competency.entity.Scale;

/**
 * Mastery across many courses of a tenant (a district): the courses to recompute, and per prioritized standard how
 * many students have a level, how many are at mastery and how the levels spread, over a school (a deployment: in
 * Canvas, often one per school sub-account) or the whole tenant. Counts are enrolments: a student in two courses
 * that both chose a standard counts in each. Callers own the transaction.
 */
@ApplicationScoped
public class DistrictMastery {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    /** One prioritized standard over the chosen courses. percentAtMastery is of the students with a level. */
    public record StandardSummary(UUID standardId, String code, String statement, int courses, int students,
                                  int withLevel, int atMastery, double percentAtMastery, List<LevelCount> levels) {
    }

    /** How many students are at one level (its points and the label of the scale it belongs to). */
    public record LevelCount(double points, String label, int students) {
    }

    /** A group of the aggregate query: so many active students of a course at one level on one standard. */
    public record CourseLevel(UUID courseId, UUID standardId, double points, int students) {
    }

    /** A standard a course chose. */
    public record CourseStandardRef(UUID courseId, UUID standardId) {
    }

    /** What a summary names a standard by, in the framework's order. */
    public record StandardName(UUID standardId, String code, String statement) {
    }

    /** Every course of the tenant, in a stable order: what a district recompute walks. */
    public List<UUID> courses(UUID registrationId) {
        var courses = new ArrayList<UUID>();
        query("SELECT id FROM course WHERE registration_id = ? ORDER BY id", registrationId, Optional.empty(),
                r -> courses.add(r.getObject(1, UUID.class)));
        return courses;
    }

    /**
     * Per prioritized standard of the tenant's courses, or of one deployment's (a school) when deploymentId is
     * given: students with a level, at mastery (each course judged by its own scale), the spread over levels (Cairn's
     * four levels named in the reader's language, other scales' levels in their own words).
     * A handful of grouped queries whatever the number of students: for a school the mastery rows are reached by
     * course and student through mastery_once; only groups (course, standard, level) leave the database, and those
     * of standards the course did not choose are dropped here rather than joined (PostgreSQL misjudges that join
     * and looked it up once per mastery row).
     */
    public List<StandardSummary> byStandard(UUID registrationId, Optional<UUID> deploymentId, Locale reader) {
        String courses = "SELECT c.id FROM course c WHERE c.registration_id = ?"
                + (deploymentId.isPresent() ? " AND c.deployment_id = ?" : "");
        List<CourseLevel> levels = new ArrayList<>();
        query("SELECT m.course_id, m.standard_id, m.level_points, COUNT(*) FROM mastery m"
                        + " JOIN enrollment e ON e.course_id = m.course_id AND e.person_id = m.student_id"
                        + " WHERE m.course_id IN (" + courses + ") AND m.level_points IS NOT NULL"
                        + " AND e.active = TRUE AND e.role = 'STUDENT'"
                        + " GROUP BY m.course_id, m.standard_id, m.level_points", registrationId, deploymentId,
                r -> levels.add(new CourseLevel(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getDouble(3),
                        r.getInt(4))));
        Map<UUID, Integer> students = new HashMap<>();
        query("SELECT e.course_id, COUNT(*) FROM enrollment e WHERE e.course_id IN (" + courses + ")"
                        + " AND e.active = TRUE AND e.role = 'STUDENT' GROUP BY e.course_id", registrationId, deploymentId,
                r -> students.put(r.getObject(1, UUID.class), r.getInt(2)));
        List<CourseStandardRef> chosen = new ArrayList<>();
        query("SELECT cs.course_id, cs.standard_id FROM course_standard cs WHERE cs.course_id IN (" + courses + ")",
                registrationId, deploymentId, r -> chosen.add(new CourseStandardRef(r.getObject(1, UUID.class),
                        r.getObject(2, UUID.class))));
        List<StandardName> names = new ArrayList<>();
        query("SELECT s.id, s.code, s.statement FROM standard s WHERE s.id IN (SELECT cs.standard_id FROM course_standard cs"
                        + " WHERE cs.course_id IN (" + courses + ")) ORDER BY s.framework_id, s.sequence_number, s.code, s.id",
                registrationId, deploymentId, r -> names.add(new StandardName(r.getObject(1, UUID.class), r.getString(2),
                        r.getString(3))));
        Scale fallback = Scale.standard(reader);
        Map<UUID, Scale> courseScales = new HashMap<>();
        for (MasteryScale s : em.createNamedQuery("MasteryScale.inForce", MasteryScale.class)
                .setParameter("registrationId", registrationId).getResultList()) {
            if (s.isTenantDefault()) fallback = s.scale();
            else courseScales.put(s.courseId(), s.scale());
        }
        Scale tenantScale = fallback;
        return summarize(names, chosen, students, levels, course -> courseScales.getOrDefault(course, tenantScale));
    }

    /**
     * The pure part of {@link #byStandard}: adds up the groups per standard, judging each course's levels by that
     * course's scale; levels on a standard the course did not choose are left out. A standard no course has a level
     * on yet is listed with zeros.
     */
    public static List<StandardSummary> summarize(List<StandardName> names, List<CourseStandardRef> chosen,
                                                  Map<UUID, Integer> studentsPerCourse, List<CourseLevel> levels,
                                                  java.util.function.Function<UUID, Scale> scaleOfCourse) {
        Set<CourseStandardRef> prioritized = new HashSet<>(chosen);
        Map<UUID, int[]> coursesAndStudents = new HashMap<>();
        for (CourseStandardRef c : chosen) {
            int[] n = coursesAndStudents.computeIfAbsent(c.standardId(), k -> new int[2]);
            n[0]++;
            n[1] += studentsPerCourse.getOrDefault(c.courseId(), 0);
        }
        record Level(double points, String label) {
        }
        Map<UUID, int[]> counts = new HashMap<>();
        Map<UUID, Map<Level, Integer>> spread = new HashMap<>();
        for (CourseLevel l : levels) {
            if (!prioritized.contains(new CourseStandardRef(l.courseId(), l.standardId()))) continue;
            Scale scale = scaleOfCourse.apply(l.courseId());
            int[] n = counts.computeIfAbsent(l.standardId(), k -> new int[2]);
            n[0] += l.students();
            if (l.points() >= scale.masteryPoints()) n[1] += l.students();
            spread.computeIfAbsent(l.standardId(), k -> new TreeMap<>(Comparator.comparingDouble(Level::points)
                            .thenComparing(Level::label)))
                    .merge(new Level(l.points(), scale.levelFor(l.points()).label()), l.students(), Integer::sum);
        }
        List<StandardSummary> summaries = new ArrayList<>(names.size());
        for (StandardName name : names) {
            int[] cs = coursesAndStudents.getOrDefault(name.standardId(), new int[2]);
            int[] n = counts.getOrDefault(name.standardId(), new int[2]);
            List<LevelCount> spreadOf = spread.getOrDefault(name.standardId(), Map.of()).entrySet().stream()
                    .map(e -> new LevelCount(e.getKey().points(), e.getKey().label(), e.getValue())).toList();
            double percent = n[0] == 0 ? 0 : Math.round(1000.0 * n[1] / n[0]) / 10.0;
            summaries.add(new StandardSummary(name.standardId(), name.code(), name.statement(), cs[0], cs[1], n[0], n[1],
                    percent, spreadOf));
        }
        return summaries;
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs one query over JDBC in the caller's transaction; ? are the registration and, when given, the deployment. */
    private void query(String sql, UUID registrationId, Optional<UUID> deploymentId, Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, registrationId);
            if (deploymentId.isPresent()) select.setObject(2, deploymentId.get());
            select.setFetchSize(5000);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) row.read(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("District mastery query failed for registration " + registrationId + ": "
                    + e.getMessage(), e);
        }
    }
}
