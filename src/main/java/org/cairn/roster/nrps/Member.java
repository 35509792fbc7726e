package org.cairn.roster.nrps;

import java.util.List;
import java.util.Optional;

/**
 * One member of a course as NRPS reports it. {@code userId} is the same value as the launch's {@code sub}.
 * Names and email are present only when the platform shares them (privacy settings), so they are optional.
 * Roles are kept as sent; {@link #normalizedRoles()} expands the short names Moodle sends ("Instructor").
 */
public record Member(String userId, MemberStatus status, List<String> roles, Optional<String> name,
                     Optional<String> givenName, Optional<String> familyName, Optional<String> email) {

    /** Blackboard (and the spec's system roles) mark preview/student-view users with this role. */
    public static final String TEST_USER_ROLE = "http://purl.imsglobal.org/vocab/lti/system/person#TestUser";
    static final String MEMBERSHIP_ROLES = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    public Member {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("member without user_id");
        roles = List.copyOf(roles);
    }

    /** Roles as full URIs: LTI Core 1.3 §A.2.3 lets context roles be sent by their short names. */
    public List<String> normalizedRoles() {
        return roles.stream().map(role -> role.contains(":") || role.contains("/") || role.isBlank()
                ? role : MEMBERSHIP_ROLES + role).toList();
    }

    public boolean hasRole(String membershipRole) {
        return normalizedRoles().contains(MEMBERSHIP_ROLES + membershipRole);
    }

    public boolean testUser() {
        return roles.contains(TEST_USER_ROLE);
    }

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }

    @Override
    public String toString() {
        // Never student names in logs.
        return "Member[userId=" + userId + ", status=" + status + ", roles=" + roles + "]";
    }
}
