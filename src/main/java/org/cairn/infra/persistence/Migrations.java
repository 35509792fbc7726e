package org.cairn.infra.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. The same migrations serve H2 and PostgreSQL,
 * so they stay in the SQL both understand. The data source itself is defined here, from MicroProfile Config:
 * H2 under ./data by default, PostgreSQL when {@code CAIRN_DB_URL} says so. Other start-up beans declare {@code @DependsOn("Migrations")}.
 */
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "org.cairn.infra.persistence.ConfiguredDataSource",
        url = "${MPCONFIG=cairn.db.url}",
        user = "${MPCONFIG=cairn.db.user}",
        password = "${MPCONFIG=cairn.db.password}",
        maxPoolSize = 32,
        minPoolSize = 2,
        // Each connection keeps its prepared statements: H2 otherwise parses every statement of every request again
        // and PostgreSQL's driver only switches to server-side prepared statements for a statement it sees reused.
        // The blank cache type is deliberate: without it Payara 6 reads the type as the string "null" and turns the
        // cache off with a SEVERE log line (payara/Payara issue 6647); blank means its default LRU cache.
        properties = {"fish.payara.statement-cache-size=200", "fish.payara.statement-cache-type= "})
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    /** The data source every feature uses, configured from cairn.db.* (docs/operations.md). */
    public static final String DATA_SOURCE = "java:app/jdbc/cairn";

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
