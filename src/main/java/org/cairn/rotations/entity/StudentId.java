package org.cairn.rotations.entity;

/** A student's stable identifier; the order of ids breaks every tie, so groupings are reproducible. */
public record StudentId(String value) implements Comparable<StudentId> {

    public StudentId {
        if (value == null || value.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS, "a student id is missing or blank");
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
