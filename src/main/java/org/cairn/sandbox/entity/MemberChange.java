package org.cairn.sandbox.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a course's membership in the sandbox: the member as they are after it, with their NRPS status
 * ({@code Active}, {@code Inactive} or {@code Deleted}). {@code version} orders the changes; a differences URL
 * names the last one its reader had seen.
 */
public record MemberChange(long version, String courseId, SandboxUser member, String status, Instant changedAt) {

    public static final String ACTIVE = "Active";
    public static final String INACTIVE = "Inactive";
    public static final String DELETED = "Deleted";

    public MemberChange {
        Objects.requireNonNull(member, "member");
        requireStatus(status);
    }

    public static String requireStatus(String status) {
        if (!(ACTIVE.equals(status) || INACTIVE.equals(status) || DELETED.equals(status))) {
            throw new IllegalArgumentException("status must be Active, Inactive or Deleted, not '" + status + "'");
        }
        return status;
    }

    public boolean deleted() {
        return DELETED.equals(status);
    }
}
