package org.cairn.infra.persistence;

import jakarta.persistence.OptimisticLockException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure was a lost {@code @Version} check: a simultaneous request saved the same row first (a
 * student's two tabs writing "about me"), so this write was refused and rolled back while the winner's stays. JPA
 * throws {@link OptimisticLockException} from a flush; at commit the transaction manager wraps it (JTA and JPA
 * {@code RollbackException}, {@code TransactionalException}, {@code EJBException}), so the whole cause chain is read.
 */
public final class VersionConflict {

    private VersionConflict() {
    }

    public static boolean in(Throwable failure) {
        return in(failure, new IdentityHashMap<>());
    }

    private static boolean in(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) return true;
            for (Throwable suppressed : t.getSuppressed()) {
                if (in(suppressed, seen)) return true;
            }
        }
        return false;
    }
}
