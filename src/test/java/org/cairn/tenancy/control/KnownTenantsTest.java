package org.cairn.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.DeploymentOrigin;
import org.cairn.tenancy.entity.PlatformEndpoints;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.entity.RegistrationSource;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What logins and launches read from KnownTenants, and when they read the database again. */
class KnownTenantsTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Stored stored = new Stored();
    private final KnownTenants tenants = new KnownTenants();
    private Instant now = NOW;

    private final Registration moodle = new Registration("https://moodle.example", "client-1", "Moodle", "moodle",
            new PlatformEndpoints(URI.create("https://moodle.example/auth"), null, null,
                    URI.create("https://moodle.example/jwks")),
            RegistrationStatus.ACTIVE, UnknownDeploymentPolicy.REFUSE, RegistrationSource.MANUAL, NOW);

    /** Registrations backed by lists, counting the reads that would be queries. */
    static final class Stored extends Registrations {
        final List<Registration> registrations = new ArrayList<>();
        final List<Deployment> deployments = new ArrayList<>();
        int reads;

        @Override
        public Optional<Registration> find(UUID id) {
            reads++;
            return registrations.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Registration> find(String issuer, String clientId) {
            reads++;
            return registrations.stream().filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
                    .findFirst();
        }

        @Override
        public List<Registration> ofIssuer(String issuer) {
            reads++;
            return registrations.stream().filter(r -> r.issuer().equals(issuer)).toList();
        }

        @Override
        public Optional<Deployment> deployment(UUID registrationId, String deploymentId) {
            reads++;
            return deployments.stream().filter(d -> d.registrationId().equals(registrationId)
                    && d.deploymentId().equals(deploymentId)).findFirst();
        }
    }

    @BeforeEach
    void wire() {
        tenants.registrations = stored;
        tenants.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        stored.registrations.add(moodle);
    }

    @Test
    void repeatedLookupsWithinTwoSecondsReadTheDatabaseOnce() {
        for (int i = 0; i < 100; i++) {
            assertThat(tenants.registration("https://moodle.example", "client-1")).contains(moodle);
            assertThat(tenants.registration(moodle.id())).contains(moodle);
        }
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void readsAgainOnceTwoSecondsHavePassed() {
        tenants.registration(moodle.id());
        now = NOW.plus(KnownTenants.KEEP_FOR);
        tenants.registration(moodle.id());
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void anUnknownRegistrationIsLookedUpEveryTimeSoANewOneLaunchesAtOnce() {
        assertThat(tenants.registration("https://canvas.example", "c")).isEmpty();
        Registration canvas = new Registration("https://canvas.example", "c", "Canvas", "canvas",
                new PlatformEndpoints(URI.create("https://canvas.example/auth"), null, null,
                        URI.create("https://canvas.example/jwks")),
                RegistrationStatus.ACTIVE, UnknownDeploymentPolicy.REFUSE, RegistrationSource.MANUAL, NOW);
        stored.registrations.add(canvas);
        assertThat(tenants.registration("https://canvas.example", "c")).contains(canvas);
        assertThat(tenants.ofIssuer("https://nobody.example")).isEmpty();
    }

    @Test
    void keepsOnlyActiveDeploymentsSoAnApprovalCountsAtOnce() {
        Deployment pending = new Deployment(moodle.id(), "d-1", null, RegistrationStatus.PENDING,
                DeploymentOrigin.AUTO_ON_LAUNCH, NOW);
        stored.deployments.add(pending);
        assertThat(tenants.activeDeployment(moodle.id(), "d-1")).isEmpty();
        pending.approve(NOW);
        assertThat(tenants.activeDeployment(moodle.id(), "d-1")).contains(pending);
    }

    @Test
    void forgetsEverythingWhenAnOperatorChangesRegistrations() {
        tenants.registration(moodle.id());
        tenants.forget();
        moodle.disable(NOW);
        assertThat(tenants.registration(moodle.id())).hasValueSatisfying(r -> assertThat(r.isActive()).isFalse());
        assertThat(stored.reads).isEqualTo(2);
    }
}
