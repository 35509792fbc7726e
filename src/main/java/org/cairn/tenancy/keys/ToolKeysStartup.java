package org.cairn.tenancy.keys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure keys exist before the first request (and that production has its keys secret), then checks
 * hourly whether a rotation is due. Each store call runs its own transaction.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ToolKeysStartup {

    private static final Logger LOG = Logger.getLogger(ToolKeysStartup.class.getName());

    @Inject
    ToolKeys keys;

    @PostConstruct
    void start() {
        try {
            keys.start();
        } catch (KeySecret.MissingKeySecret e) {
            LOG.severe(() -> "\n\n    CAIRN CANNOT START: " + e.getMessage() + "\n");
            throw e;
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void maintain() {
        try {
            keys.maintain();
        } catch (RuntimeException e) {
            // Another node rotated at the same moment (optimistic lock or unique slot); it did the work.
            LOG.log(Level.INFO, "Key upkeep skipped on this node: " + e.getMessage());
        }
    }
}
