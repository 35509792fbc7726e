package org.cairn.infra.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;

/** Says where Cairn is, once the schema is migrated, so the run command's output ends with a URL to open. */
@Startup
@Singleton
@DependsOn("Migrations")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    Installation installation;

    @PostConstruct
    void announce() {
        LOG.info(() -> "\n\n    Cairn (" + installation.mode().name().toLowerCase() + " mode) is starting at "
                + installation.baseUrl() + "/\n    Health: " + installation.baseUrl() + "/health/ready\n");
    }
}
