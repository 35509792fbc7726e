package org.cairn.rotations.entity;

import org.cairn.infra.i18n.Phrase;

/**
 * A student of the class for one rotation. The display name is used only in explanations and error details shown
 * to the teacher, never in logs. Absent students are left out of every group.
 */
public record Student(StudentId id, String displayName, boolean present) {

    public Student {
        if (id == null) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS, Phrase.of("rotations.problem.studentNoId"));
        }
        displayName = displayName == null || displayName.isBlank() ? id.value() : displayName;
    }

    public static Student present(String id, String displayName) {
        return new Student(StudentId.of(id), displayName, true);
    }

    public static Student absent(String id, String displayName) {
        return new Student(StudentId.of(id), displayName, false);
    }
}
