package org.cairn.rotations.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.infra.i18n.Phrase;

/**
 * The rotation's schedule: for each round, the station of each group, and each student's own sequence of stations
 * (which differs from their group's for extension work, peer tutoring or a teacher's override). Capacities hold in
 * every round; what could not be done as asked is listed in {@code conflicts}, and what the teacher should know in
 * {@code notes} ({@code rotations.server.note.*}, phrased in the reader's language).
 */
public record Agenda(Rotation rotation, Grouping grouping, List<Map<Integer, String>> groupStations,
                     Map<StudentId, List<String>> studentStations, List<AgendaConflict> conflicts,
                     List<Phrase> notes) {

    public Agenda {
        groupStations = groupStations.stream().map(m -> (Map<Integer, String>) java.util.Collections
                .unmodifiableMap(new TreeMap<>(m))).toList();
        var copy = new TreeMap<StudentId, List<String>>();
        studentStations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        studentStations = java.util.Collections.unmodifiableMap(copy);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /** "Where am I now and next" for one student in one round (rounds numbered from 1). */
    public Whereabouts whereIs(StudentId student, int round) {
        var stations = studentStations.get(student);
        if (stations == null) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS, Phrase.of("rotations.problem.studentNoAgenda", student.value()));
        }
        if (round < 1 || round > rotation.rounds()) {
            throw RotationRejected.invalid(Breach.Constraint.ROUNDS,
                    Phrase.of("rotations.problem.roundNotInRotation", String.valueOf(round),
                            String.valueOf(rotation.rounds())));
        }
        Station now = rotation.station(stations.get(round - 1)).orElseThrow();
        var next = round < rotation.rounds() ? rotation.station(stations.get(round)) : java.util.Optional.<Station>empty();
        int group = grouping.groupOf(student).map(Group::number).orElseThrow();
        return new Whereabouts(student, round, group, grouping.roleOf(student), now, next,
                (round - 1) * rotation.minutesPerRound(), rotation.minutesPerRound());
    }

    /** The students at a station in a round, by id. */
    public List<StudentId> occupants(int round, String stationId) {
        var out = new ArrayList<StudentId>();
        studentStations.forEach((student, stations) -> {
            if (stations.get(round - 1).equals(stationId)) {
                out.add(student);
            }
        });
        return out;
    }
}
