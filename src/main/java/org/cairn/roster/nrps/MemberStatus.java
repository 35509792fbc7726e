package org.cairn.roster.nrps;

/** NRPS 2.0 §2.3 member status; absent means Active. */
public enum MemberStatus {
    ACTIVE,
    INACTIVE,
    DELETED;

    static MemberStatus parse(String value) {
        if (value == null || value.isBlank()) return ACTIVE;
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "inactive" -> INACTIVE;
            case "deleted" -> DELETED;
            case "active" -> ACTIVE;
            default -> throw new IllegalArgumentException("unknown member status '" + value + "'");
        };
    }
}
