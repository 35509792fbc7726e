package org.cairn.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class VersionConflictTest {

    @Test
    void findsTheLostVersionCheckOfAFlush() {
        assertThat(VersionConflict.in(new OptimisticLockException("changed since it was last read"))).isTrue();
    }

    @Test
    void findsItUnderTheWrappersOfAFailedCommit() {
        // As Payara reports a commit whose flush lost the check (seen in PlansApiIT's server log).
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new OptimisticLockException("changed since it was last read"));
        TransactionalException commit = new TransactionalException("encountered exception during commit", rollback);
        assertThat(VersionConflict.in(commit)).isTrue();
        assertThat(VersionConflict.in(new EJBTransactionRolledbackException("rolled back",
                new jakarta.persistence.RollbackException(new OptimisticLockException())))).isTrue();
    }

    @Test
    void findsItSuppressed() {
        RuntimeException failure = new IllegalStateException("commit failed");
        failure.addSuppressed(new OptimisticLockException());
        assertThat(VersionConflict.in(failure)).isTrue();
    }

    @Test
    void otherFailuresAreNotConflicts() {
        assertThat(VersionConflict.in(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(VersionConflict.in(new TransactionalException("NEVER inside a transaction", null))).isFalse();
        assertThat(VersionConflict.in(new IllegalArgumentException("bad claim"))).isFalse();
        assertThat(VersionConflict.in(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(VersionConflict.in(first)).isFalse();
    }
}
