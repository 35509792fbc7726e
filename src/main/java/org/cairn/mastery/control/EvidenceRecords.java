package org.cairn.mastery.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.cairn.infra.persistence.Migrations;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;

/** Finds and stores evidence, always within a tenant. Callers own the transaction. */
@ApplicationScoped
public class EvidenceRecords {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    public Optional<Evidence> find(UUID registrationId, UUID id) {
        Evidence evidence = em.find(Evidence.class, id);
        return evidence != null && evidence.registrationId().equals(registrationId) ? Optional.of(evidence) : Optional.empty();
    }

    public Evidence add(Evidence evidence) {
        em.persist(evidence);
        return evidence;
    }

    /** Every piece, whatever its status: the calculation decides what counts and says why the rest does not. */
    public List<Evidence> of(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("Evidence.ofStudentStandard", Evidence.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId).getResultList();
    }

    public List<Evidence> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Evidence.ofCourse", Evidence.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).getResultList();
    }

    public List<Evidence> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
        return em.createNamedQuery("Evidence.ofStudent", Evidence.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).setParameter("studentId", studentId).getResultList();
    }

    public List<Evidence> pendingOfCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Evidence.pendingOfCourse", Evidence.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    /**
     * Every piece of a course as plain values, not managed entities, over JDBC in the caller's transaction (pending
     * entity changes flushed first): a course rebuild reads 14,000 pieces, a district recompute twenty million, and
     * managed entities or JPQL report rows cost several times the calculation (UUID conversion, change tracking).
     */
    public List<StudentEvidence> observationsOfCourse(UUID registrationId, UUID courseId) {
        em.flush();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT student_id, standard_id, id, points, observed_on,"
                     + " recorded_at, source, status FROM evidence WHERE course_id = ? AND registration_id = ?")) {
            select.setObject(1, courseId);
            select.setObject(2, registrationId);
            select.setFetchSize(5000);
            var observations = new ArrayList<StudentEvidence>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    observations.add(new StudentEvidence(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            new Observation(r.getObject(3, UUID.class), r.getDouble(4), r.getObject(5, LocalDate.class),
                                    r.getObject(6, OffsetDateTime.class).toInstant(), EvidenceSource.valueOf(r.getString(7)),
                                    EvidenceStatus.valueOf(r.getString(8)))));
                }
            }
            return observations;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the evidence of course " + courseId + ": " + e.getMessage(), e);
        }
    }

    public static Observation observation(Evidence e) {
        return new Observation(e.id(), e.points(), e.observedOn(), e.recordedAt(), e.source(), e.status());
    }
}
