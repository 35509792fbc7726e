package org.cairn.mastery.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.cairn.infra.persistence.Migrations;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodKind;

/**
 * The derived mastery table. Callers own the transaction. One (student, standard) goes through the entity; a
 * course rebuild reads and writes plain rows over JDBC in the same transaction (the data source's connection is
 * the one the persistence context uses), because 1,400 entities per course, times 1,430 courses in a district,
 * cost more in tracking and one-by-one statements than the calculation itself.
 */
@ApplicationScoped
public class MasteryRows {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    public Optional<Mastery> find(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("Mastery.of", Mastery.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId)
                .getResultStream().findFirst();
    }

    /**
     * The (student, standard) row locked until the transaction ends, so that simultaneous recomputes of one pair
     * (the teacher's observation and the student's self-assessment arriving together) run one after the other and
     * the later one reads the evidence the earlier one committed, instead of both writing a level from half of it.
     */
    public Optional<Mastery> findLocked(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("Mastery.of", Mastery.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Mastery add(Mastery mastery) {
        em.persist(mastery);
        return mastery;
    }

    public List<Mastery> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Mastery.ofCourse", Mastery.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).getResultList();
    }

    /** The levels of a course as plain values (no managed entities to build and track): what a heatmap reads. */
    public List<StudentLevel> levelsOfCourse(UUID registrationId, UUID courseId) {
        return em.createQuery("SELECT m.studentId, m.standardId, m.levelPoints, m.evidenceCount, m.overridden FROM Mastery m"
                        + " WHERE m.registrationId = :registrationId AND m.courseId = :courseId", Object[].class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList().stream()
                .map(r -> new StudentLevel((UUID) r[0], (UUID) r[1], r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        ((Number) r[3]).intValue(), (Boolean) r[4]))
                .toList();
    }

    public List<Mastery> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
        return em.createNamedQuery("Mastery.ofStudent", Mastery.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).setParameter("studentId", studentId).getResultList();
    }

    /** Every row of the course as plain values. Pending entity changes of the transaction are flushed first. */
    public List<MasteryRow> rowsOfCourse(UUID registrationId, UUID courseId) {
        em.flush();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, student_id, standard_id, score, computed_points,"
                     + " level_points, method, evidence_count, overridden FROM mastery WHERE course_id = ? AND registration_id = ?")) {
            select.setObject(1, courseId);
            select.setObject(2, registrationId);
            select.setFetchSize(2000);
            var found = new ArrayList<MasteryRow>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    found.add(new MasteryRow(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                            nullable(r, 4), nullable(r, 5), nullable(r, 6), MethodKind.valueOf(r.getString(7)), r.getInt(8),
                            r.getBoolean(9)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the mastery of course " + courseId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a course rebuild's new and changed rows: one JDBC batch of inserts, one of updates, in the caller's
     * transaction. computed_at becomes now on every row written (it is when the row's values last changed).
     */
    public void write(UUID registrationId, UUID courseId, List<MasteryRow> added, List<MasteryRow> changed, Instant now) {
        if (added.isEmpty() && changed.isEmpty()) return;
        var at = now.atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            if (!added.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO mastery (id, registration_id, course_id,"
                        + " student_id, standard_id, score, computed_points, level_points, method, evidence_count, overridden,"
                        + " computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (MasteryRow row : added) {
                        insert.setObject(1, row.id());
                        insert.setObject(2, registrationId);
                        insert.setObject(3, courseId);
                        insert.setObject(4, row.studentId());
                        insert.setObject(5, row.standardId());
                        values(insert, 6, row);
                        insert.setObject(12, at);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!changed.isEmpty()) {
                try (PreparedStatement update = c.prepareStatement("UPDATE mastery SET score = ?, computed_points = ?,"
                        + " level_points = ?, method = ?, evidence_count = ?, overridden = ?, computed_at = ? WHERE id = ?")) {
                    for (MasteryRow row : changed) {
                        values(update, 1, row);
                        update.setObject(7, at);
                        update.setObject(8, row.id());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the mastery of course " + courseId + ": " + e.getMessage(), e);
        }
    }

    /** score, computed_points, level_points, method, evidence_count, overridden from the given parameter on. */
    private static void values(PreparedStatement s, int from, MasteryRow row) throws SQLException {
        nullable(s, from, row.score());
        nullable(s, from + 1, row.computedPoints());
        nullable(s, from + 2, row.levelPoints());
        s.setString(from + 3, row.method().name());
        s.setInt(from + 4, row.evidenceCount());
        s.setBoolean(from + 5, row.overridden());
    }

    private static void nullable(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) s.setNull(index, Types.DOUBLE);
        else s.setDouble(index, value);
    }

    private static Double nullable(ResultSet r, int index) throws SQLException {
        double value = r.getDouble(index);
        return r.wasNull() ? null : value;
    }
}
