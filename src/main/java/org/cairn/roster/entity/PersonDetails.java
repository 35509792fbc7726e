package org.cairn.roster.entity;

/** The optional OIDC profile claims a platform shared (null when not sent). */
public record PersonDetails(String name, String givenName, String familyName, String email) {

    public static PersonDetails none() {
        return new PersonDetails(null, null, null, null);
    }
}
