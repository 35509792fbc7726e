package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    public Optional<Framework> find(UUID registrationId, String identifier) {
        return em.createNamedQuery("Framework.byIdentifier", Framework.class)
                .setParameter("registrationId", registrationId).setParameter("identifier", identifier)
                .getResultStream().findFirst();
    }

    public List<Framework> ofTenant(UUID registrationId) {
        return em.createNamedQuery("Framework.ofTenant", Framework.class)
                .setParameter("registrationId", registrationId).getResultList();
    }

    public Framework add(Framework framework) {
        em.persist(framework);
        return framework;
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
        em.persist(standard);
        // Children reference their parent's id: write the parent first (tree order) so the FK holds at flush.
        em.flush();
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
