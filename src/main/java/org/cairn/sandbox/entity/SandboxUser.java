package org.cairn.sandbox.entity;

import java.util.Objects;

/** A person of the sandbox LMS; {@code id} is the {@code sub} of every launch and NRPS {@code user_id}. */
public record SandboxUser(String id, String givenName, String familyName, String email, Role role, String locale,
                          boolean active) {

    public SandboxUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (locale == null || locale.isBlank()) locale = "en";
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
