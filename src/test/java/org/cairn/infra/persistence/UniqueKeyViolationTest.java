package org.cairn.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueKeyViolationTest {

    @Test
    void findsTheUniqueViolationUnderTheProviderAndTransactionWrappers() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate key", "23505");
        RuntimeException jpa = new RuntimeException("Exception [EclipseLink-4002]", duplicate);
        RuntimeException transaction = new IllegalStateException("rolled back", jpa);
        assertThat(UniqueKeyViolation.in(transaction)).isTrue();
    }

    @Test
    void findsItInAChainedOrSuppressedException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(UniqueKeyViolation.in(new RuntimeException(batch))).isTrue();
        RuntimeException commit = new RuntimeException("commit failed");
        commit.addSuppressed(new SQLException("duplicate key", "23505"));
        assertThat(UniqueKeyViolation.in(commit)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotRetried() {
        assertThat(UniqueKeyViolation.in(new RuntimeException(new SQLException("not null", "23502")))).isFalse();
        assertThat(UniqueKeyViolation.in(new RuntimeException(new SQLException("connection lost", "08006")))).isFalse();
        assertThat(UniqueKeyViolation.in(new IllegalArgumentException("bad claim"))).isFalse();
        assertThat(UniqueKeyViolation.in(null)).isFalse();
    }
}
