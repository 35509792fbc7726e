package org.cairn.grades.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cairn.grades.control.SqlTransactions;
import org.cairn.infra.persistence.Migrations;

/** The worker's own short JTA transactions (claim, record an outcome), never joined to anybody else's. */
@ApplicationScoped
public class OutboxTransactions implements SqlTransactions {

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Work<T> work) {
        return inCurrentTransaction(work);
    }

    /** The caller's transaction: the connection is enlisted in it and commits or rolls back with it. */
    <T> T inCurrentTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The score outbox could not run its SQL: " + e.getMessage(), e);
        }
    }
}
