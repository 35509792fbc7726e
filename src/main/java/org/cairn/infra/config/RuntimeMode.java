package org.cairn.infra.config;

import java.util.Locale;

/**
 * Development (embedded H2, sandbox LMS, permissive registration) or production (PostgreSQL, no sandbox,
 * registrations wait for approval). {@code auto} follows the database: H2 means development.
 */
public enum RuntimeMode {
    DEVELOPMENT, PRODUCTION;

    public static RuntimeMode resolve(String configured, String databaseUrl) {
        String value = configured == null ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "development", "dev" -> DEVELOPMENT;
            case "production", "prod" -> PRODUCTION;
            case "auto", "" -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:") ? DEVELOPMENT : PRODUCTION;
            default -> throw new IllegalArgumentException(
                    "cairn.mode must be development, production or auto, not '" + configured + "'");
        };
    }

    public boolean isDevelopment() {
        return this == DEVELOPMENT;
    }
}
