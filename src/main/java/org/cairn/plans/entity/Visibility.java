package org.cairn.plans.entity;

/** Who may read one "about me" field; the student decides. Nothing is shared until the student says so. */
public enum Visibility {
    ONLY_ME, MY_TEACHERS
}
