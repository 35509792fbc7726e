package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardAssociation;

/** Finds and stores frameworks, their standards and associations. Callers own the transaction. */
@ApplicationScoped
public class Frameworks {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    /**
     * The tenant's framework with this identifier, its row locked until the transaction ends. A re-import reads,
     * compares and rewrites the whole framework; two at once (a double click, or the requests that lost the race
     * to create it) would each rewrite what the other is replacing: a version conflict on the framework, doubled
     * associations. Locked, the second waits for the first to commit and then compares against its result.
     */
    public Optional<Framework> findLocked(UUID registrationId, String identifier) {
        return em.createNamedQuery("Framework.byIdentifier", Framework.class)
                .setParameter("registrationId", registrationId).setParameter("identifier", identifier)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** A framework of the tenant; another tenant's framework is not found, as if it did not exist. */
    public Optional<Framework> of(UUID registrationId, UUID frameworkId) {
        Framework framework = em.find(Framework.class, frameworkId);
        return framework != null && framework.registrationId().equals(registrationId) ? Optional.of(framework) : Optional.empty();
    }

    /** Active standards whose code or statement contains the text (case-insensitive), in code order. */
    public List<Standard> search(UUID frameworkId, String text, int limit) {
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        // Retired items are left out here, not in SQL: EclipseLink binds a boolean as an integer, which H2 refuses.
        return em.createQuery("SELECT s FROM Standard s WHERE s.frameworkId = :frameworkId "
                        + "AND (LOWER(s.code) LIKE :pattern ESCAPE '!' OR LOWER(s.statement) LIKE :pattern ESCAPE '!') "
                        + "ORDER BY s.code, s.id", Standard.class)
                .setParameter("frameworkId", frameworkId).setParameter("pattern", pattern)
                .getResultStream().filter(s -> !s.retired()).limit(limit).toList();
    }

    /** Active standards per framework of a tenant (framework id to count). */
    public java.util.Map<UUID, Long> standardCounts(UUID registrationId) {
        var counts = new java.util.HashMap<UUID, Long>();
        em.createQuery("SELECT s.frameworkId, COUNT(s) FROM Standard s, Framework f WHERE f.id = s.frameworkId "
                        + "AND f.registrationId = :registrationId AND s.retired = FALSE GROUP BY s.frameworkId", Object[].class)
                .setParameter("registrationId", registrationId).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<Standard> standards(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("SELECT s FROM Standard s WHERE s.id IN :ids", Standard.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Framework> ofTenant(UUID registrationId) {
        return em.createNamedQuery("Framework.ofTenant", Framework.class)
                .setParameter("registrationId", registrationId).getResultList();
    }

    public Framework add(Framework framework) {
        em.persist(framework);
        return framework;
    }

    /**
     * Writes the framework row now: its standards reference it by a foreign key EclipseLink cannot see (UUID
     * columns, no relations), so it must be in the database before they are flushed in batches.
     */
    public void write(Framework framework) {
        em.flush();
    }

    public List<Standard> standardsOf(UUID frameworkId) {
        return em.createNamedQuery("Standard.ofFramework", Standard.class)
                .setParameter("frameworkId", frameworkId).getResultList();
    }

    /** A standard of one of the tenant's frameworks. */
    public Optional<Standard> standard(UUID registrationId, UUID standardId) {
        Standard standard = em.find(Standard.class, standardId);
        if (standard == null) return Optional.empty();
        Framework framework = em.find(Framework.class, standard.frameworkId());
        return framework != null && framework.registrationId().equals(registrationId) ? Optional.of(standard) : Optional.empty();
    }

    public Standard add(Standard standard) {
        // No flush per standard: parent_id has no foreign key (V6), so 1,000 inserts go out in JDBC batches.
        em.persist(standard);
        return standard;
    }

    public List<StandardAssociation> associationsOf(UUID frameworkId) {
        return em.createNamedQuery("StandardAssociation.ofFramework", StandardAssociation.class)
                .setParameter("frameworkId", frameworkId).getResultList();
    }

    /** Associations are re-read from each import: nothing else points at them, so they are replaced. */
    public void replaceAssociations(UUID frameworkId, List<StandardAssociation> associations) {
        associationsOf(frameworkId).forEach(em::remove);
        em.flush();
        associations.forEach(em::persist);
    }
}
