package org.cairn.grades.control;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code permits} calls in progress per registration on this node, shared by all worker threads, so one
 * busy course cannot make an LMS throttle Cairn for everybody (lti-checklist "Rate limits").
 */
public class RegistrationLimits {

    private final int permits;
    private final Map<UUID, Semaphore> semaphores = new ConcurrentHashMap<>();

    public RegistrationLimits(int permits) {
        if (permits < 1) throw new IllegalArgumentException("cairn.grades.concurrency must be at least 1");
        this.permits = permits;
    }

    public boolean tryAcquire(UUID registrationId) {
        return semaphore(registrationId).tryAcquire();
    }

    /** Waits up to {@code wait} for a permit: deliveries of one batch take turns instead of being given back. */
    public boolean tryAcquire(UUID registrationId, java.time.Duration wait) {
        if (wait.isZero() || wait.isNegative()) return tryAcquire(registrationId);
        try {
            return semaphore(registrationId).tryAcquire(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release(UUID registrationId) {
        semaphore(registrationId).release();
    }

    public int available(UUID registrationId) {
        return semaphore(registrationId).availablePermits();
    }

    private Semaphore semaphore(UUID registrationId) {
        return semaphores.computeIfAbsent(registrationId, id -> new Semaphore(permits));
    }
}
