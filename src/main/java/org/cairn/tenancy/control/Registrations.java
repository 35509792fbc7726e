package org.cairn.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;

/** Finds and stores registrations and their deployments. Callers own the transaction. */
@ApplicationScoped
public class Registrations {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<Registration> find(UUID id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    public Optional<Registration> find(String issuer, String clientId) {
        return em.createNamedQuery("Registration.byIssuerAndClient", Registration.class)
                .setParameter("issuer", issuer)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /** Every registration of an issuer: one for a self-hosted Moodle, many for Canvas cloud. */
    public List<Registration> ofIssuer(String issuer) {
        return em.createNamedQuery("Registration.byIssuer", Registration.class)
                .setParameter("issuer", issuer).getResultList();
    }

    public List<Registration> all() {
        return em.createNamedQuery("Registration.all", Registration.class).getResultList();
    }

    public Registration add(Registration registration) {
        em.persist(registration);
        return registration;
    }

    public Optional<Deployment> deployment(UUID registrationId, String deploymentId) {
        return em.createNamedQuery("Deployment.byRegistrationAndDeploymentId", Deployment.class)
                .setParameter("registrationId", registrationId)
                .setParameter("deploymentId", deploymentId)
                .getResultStream().findFirst();
    }

    public Optional<Deployment> deployment(UUID id) {
        return Optional.ofNullable(em.find(Deployment.class, id));
    }

    public List<Deployment> deploymentsOf(UUID registrationId) {
        return em.createNamedQuery("Deployment.byRegistration", Deployment.class)
                .setParameter("registrationId", registrationId).getResultList();
    }

    public Deployment add(Deployment deployment) {
        em.persist(deployment);
        return deployment;
    }
}
