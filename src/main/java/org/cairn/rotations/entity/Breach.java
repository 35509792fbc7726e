package org.cairn.rotations.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;

/**
 * One hard constraint that cannot be met, with the students and stations involved, so a teacher can change the
 * right thing. Students appear by id and display name (the teacher who asked sees their own class). The sentence is
 * a {@link Phrase} ({@code rotations.problem.*}), so the problem's detail reads in the teacher's language.
 */
public record Breach(Constraint constraint, List<StudentId> students, List<String> studentNames,
                     List<String> stations, Phrase phrase) {

    /** The constraint a breach is about: the {@code constraint} member of each entry of a problem's errors. */
    public enum Constraint {
        STUDENTS, STANDARDS, SCALE, LEVELS, GROUP_COUNT, GROUP_SIZE, KEEP_APART, KEEP_TOGETHER, CONTRADICTION,
        ROUNDS, MINUTES, STATIONS, STATION_CAPACITY, AGENDA_OVERRIDE
    }

    public Breach {
        students = students == null ? List.of() : List.copyOf(students);
        studentNames = studentNames == null ? List.of() : List.copyOf(studentNames);
        stations = stations == null ? List.of() : List.copyOf(stations);
        java.util.Objects.requireNonNull(phrase, "phrase");
    }

    public static Breach of(Constraint constraint, Phrase message) {
        return new Breach(constraint, List.of(), List.of(), List.of(), message);
    }

    public static Breach students(Constraint constraint, List<Student> students, Phrase message) {
        return new Breach(constraint, students.stream().map(Student::id).toList(),
                students.stream().map(Student::displayName).toList(), List.of(), message);
    }

    public static Breach stations(Constraint constraint, List<String> stationIds, Phrase message) {
        return new Breach(constraint, List.of(), List.of(), stationIds, message);
    }

    /** The English sentence: what the log shows. */
    public String message() {
        return phrase.english();
    }

    /** The problem+json shape of this breach (one entry of the {@code errors} member). */
    public Map<String, Object> asMember() {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("constraint", constraint.name());
        member.put("message", phrase); // phrased in the reader's language with the problem (Problem.in)
        if (!students.isEmpty()) {
            member.put("students", students.stream().map(StudentId::value).toList());
        }
        if (!stations.isEmpty()) {
            member.put("stations", stations);
        }
        return member;
    }
}
