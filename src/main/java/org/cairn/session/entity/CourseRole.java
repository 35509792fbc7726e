package org.cairn.session.entity;

import java.util.Collection;
import java.util.Locale;

/**
 * What a person may do in a course, derived from the launch's roles claim (lti-checklist §6): context roles
 * only; an institution or system Administrator alone is not a course teacher.
 */
public enum CourseRole {
    TEACHER, STUDENT, OBSERVER, OTHER;

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    /**
     * LTI Core 1.3 §5.3.7: roles are URIs; context roles may come as short names ("Instructor") and sub-roles
     * ("membership/Instructor#TeachingAssistant"). Unknown URIs and empty strings are ignored.
     */
    public static CourseRole of(Collection<String> ltiRoles) {
        boolean teacher = false, student = false, observer = false;
        for (String role : ltiRoles) {
            String name = contextRoleName(role);
            if (name == null) continue;
            switch (name) {
                case "instructor", "teachingassistant", "contentdeveloper", "administrator" -> teacher = true;
                case "learner" -> student = true;
                case "mentor" -> observer = true;
                default -> { }
            }
        }
        if (teacher) return TEACHER;
        if (student) return STUDENT;
        if (observer) return OBSERVER;
        return OTHER;
    }

    /** The context role's local name in lower case, or null for institution/system roles and unknown vocabularies. */
    static String contextRoleName(String role) {
        if (role == null) return null;
        String value = role.trim();
        if (value.isEmpty()) return null;
        if (value.startsWith(MEMBERSHIP)) {
            return value.substring(MEMBERSHIP.length()).toLowerCase(Locale.ROOT);
        }
        // Sub-roles: http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant
        String subRolePrefix = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
        if (value.startsWith(subRolePrefix)) {
            int hash = value.indexOf('#');
            return hash < 0 ? null : value.substring(hash + 1).toLowerCase(Locale.ROOT);
        }
        // LTI Core 1.3 §A.2.3: short names are context roles.
        if (!value.contains(":") && !value.contains("/") && !value.contains("#")) {
            return value.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    public boolean isTeacher() {
        return this == TEACHER;
    }
}
