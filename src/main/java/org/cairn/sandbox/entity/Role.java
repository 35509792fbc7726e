package org.cairn.sandbox.entity;

import java.util.List;

/** A sandbox person's role in the demo course, with the LIS vocabulary URIs its launches carry (LTI Core §A.2). */
public enum Role {
    TEACHER(List.of(Role.MEMBERSHIP + "Instructor", Role.INSTITUTION + "Faculty")),
    TEACHING_ASSISTANT(List.of(Role.MEMBERSHIP + "TeachingAssistant", Role.INSTITUTION + "Staff")),
    STUDENT(List.of(Role.MEMBERSHIP + "Learner", Role.INSTITUTION + "Student")),
    ADMIN(List.of(Role.INSTITUTION + "Administrator", "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"));

    public static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    public static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";

    private final List<String> uris;

    Role(List<String> uris) {
        this.uris = uris;
    }

    /** Every role URI a launch or a membership carries for this role. */
    public List<String> uris() {
        return uris;
    }

    /** Only the context (membership) roles, as NRPS lists them. */
    public List<String> membershipUris() {
        return uris.stream().filter(u -> u.startsWith(MEMBERSHIP)).toList();
    }

    public boolean teaches() {
        return this == TEACHER || this == TEACHING_ASSISTANT;
    }
}
