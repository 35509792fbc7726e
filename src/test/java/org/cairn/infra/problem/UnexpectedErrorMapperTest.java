package org.cairn.infra.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

    private static RollbackException rolledBack(Throwable cause) {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(cause);
        return rollback;
    }

    @Test
    void aLostVersionCheckIsA409ThatTellsThePersonToReload() {
        // However it arrives: from a flush, at commit through the @Transactional interceptor, through a bean.
        List<Throwable> failures = List.of(
                new OptimisticLockException("changed since it was last read"),
                new jakarta.persistence.RollbackException(new OptimisticLockException()),
                new TransactionalException("exception during commit", rolledBack(new OptimisticLockException())),
                new EJBTransactionRolledbackException("rolled back", new jakarta.persistence.RollbackException(
                        new OptimisticLockException())),
                new EJBException(new TransactionalException("exception during commit",
                        rolledBack(new OptimisticLockException()))));
        for (Throwable failure : failures) {
            Problem problem = UnexpectedErrorMapper.problemFor(failure);
            assertThat(problem.status()).as(failure.toString()).isEqualTo(409);
            assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT.uri());
            assertThat(problem.detail()).contains("at the same time", "Reload");
            assertThat(problem.extensions()).doesNotContainKey("incident");
            assertThat(problem.extensions()).containsEntry("reason", "simultaneous-save");
        }
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentId() {
        Problem problem = UnexpectedErrorMapper.problemFor(
                new TransactionalException("exception during commit", rolledBack(new IllegalStateException("disk full"))));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL_ERROR.uri());
        assertThat(problem.detail()).contains((String) problem.extensions().get("incident"));
    }
}
