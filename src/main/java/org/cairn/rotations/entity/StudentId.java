package org.cairn.rotations.entity;

import org.cairn.infra.i18n.Phrase;

/** A student's stable identifier; the order of ids breaks every tie, so groupings are reproducible. */
public record StudentId(String value) implements Comparable<StudentId> {

    public StudentId {
        if (value == null || value.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS, Phrase.of("rotations.problem.studentIdMissing"));
        }
    }

    public static StudentId of(String value) {
        return new StudentId(value);
    }

    @Override
    public int compareTo(StudentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
