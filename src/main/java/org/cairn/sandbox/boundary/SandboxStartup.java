package org.cairn.sandbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.control.SelfRegistration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the sandbox when it is on: makes its first platform key, then registers Cairn with it in the
 * background (bounded attempts, doubling pauses up to a minute) unless an earlier start already did.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class SandboxStartup {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class.getName());

    @Inject
    Installation installation;

    @Inject
    PlatformKeys keys;

    @Inject
    SelfRegistration selfRegistration;

    @Inject
    SandboxUrls urls;

    @Inject
    @ConfigProperty(name = "cairn.sandbox.self-registration.attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "cairn.sandbox.installation-code", defaultValue = " ")
    String installationCode;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        if (!installation.sandboxEnabled()) {
            LOG.info("Sandbox LMS is off (cairn.sandbox.enabled)");
            return;
        }
        keys.ensureKey();
        LOG.info(() -> "Sandbox LMS is on at " + installation.sandboxBaseUrl() + "/ (issuer "
                + installation.sandboxBaseUrl() + ")");
        if (selfRegistration.done()) {
            LOG.info(() -> "Sandbox self-registration: Cairn is already registered as client id "
                    + selfRegistration.clientId().orElse("?") + "; nothing to do");
            return;
        }
        if (maxAttempts > 0) schedule(1);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) pending.cancel(false);
    }

    private void schedule(int attempt) {
        long delaySeconds = Math.min(60, 1L << attempt);
        next = scheduler.schedule(() -> run(attempt), delaySeconds, TimeUnit.SECONDS);
    }

    private void run(int attempt) {
        if (stopped) return;
        SelfRegistration.Outcome outcome;
        try {
            outcome = selfRegistration.attempt(installation.baseUrl(), urls.openidConfiguration(),
                    installationCode.trim(), attempt);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Sandbox self-registration attempt " + attempt + " failed: " + e);
            outcome = SelfRegistration.Outcome.CAIRN_UNREACHABLE;
        }
        if (outcome == SelfRegistration.Outcome.REGISTERED) {
            LOG.info("Sandbox self-registration: Cairn is registered with the sandbox LMS");
        } else if (attempt < maxAttempts) {
            schedule(attempt + 1);
        } else {
            LOG.warning(() -> "Sandbox self-registration gave up after " + attempt + " attempts; register Cairn "
                    + "from the sandbox admin page (" + installation.sandboxBaseUrl() + "/admin)");
        }
    }
}
