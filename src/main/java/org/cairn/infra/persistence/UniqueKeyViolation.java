package org.cairn.infra.persistence;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure was a unique-key violation (SQLState 23505 in both H2 and PostgreSQL), wherever the JPA
 * provider or the transaction manager wrapped it. Lets a use case that upserts by natural key (a person by
 * (registration, sub), a course by (registration, context id)) run again when a simultaneous first insert won.
 */
public final class UniqueKeyViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeyViolation() {
    }

    public static boolean in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) return true;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (in(suppressed)) return true;
            }
        }
        return false;
    }
}
