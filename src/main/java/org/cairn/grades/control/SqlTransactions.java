package org.cairn.grades.control;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs outbox SQL in a transaction of its own; the container's JTA in production, plain JDBC in tests. */
@FunctionalInterface
public interface SqlTransactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T inNewTransaction(Work<T> work);
}
