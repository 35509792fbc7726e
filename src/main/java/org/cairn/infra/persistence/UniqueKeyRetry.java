package org.cairn.infra.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a use case that inserts by natural key once more when it lost the race to a simultaneous request: two
 * teachers importing the same new framework, a student's two tabs opening their new plan. The loser's transaction
 * fails on the unique key (SQLState 23505, see {@link UniqueKeyViolation}) and the next attempt finds the winner's
 * rows, so both requests succeed and nothing is stored twice. Three attempts at most, as for launches
 * (ResourceLinkLaunch uses it too); anything else, or a third failure, is a real error and is thrown as it came.
 * <p>
 * Each attempt must be a transaction of its own: the use case is a {@code @Transactional} method called through
 * its CDI proxy. A failed transaction is rollback-only, so running again inside it would fail again; hence
 * {@code NEVER}: calling this from inside a transaction is refused rather than quietly retried in vain.
 */
@ApplicationScoped
public class UniqueKeyRetry {

    static final int ATTEMPTS = 3;

    @Transactional(Transactional.TxType.NEVER)
    public <T> T run(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !UniqueKeyViolation.in(e)) throw e;
            }
        }
    }
}
