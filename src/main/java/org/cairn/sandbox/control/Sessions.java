package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.SandboxUser;

/**
 * Who is signed in to the sandbox in a browser: the "sign in as" choice, kept server-side behind a random
 * first-party cookie on the sandbox's own site (no password: it is a demo LMS).
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "sandbox_session";

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    public String signIn(SandboxUser user) {
        String id = Secrets.token();
        tables.update("INSERT INTO sandbox_session (id, user_id, created_at) VALUES (?, ?, ?)", Secrets.hash(id),
                user.id(), clock.instant());
        return id;
    }

    public Optional<SandboxUser> user(String cookie) {
        if (cookie == null || cookie.isBlank()) return Optional.empty();
        return tables.one("SELECT user_id FROM sandbox_session WHERE id = ?", row -> row.getString("user_id"),
                Secrets.hash(cookie)).flatMap(DemoCourses::user);
    }
}
