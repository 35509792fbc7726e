package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.infra.i18n.Phrase;
import org.cairn.rotations.entity.Agenda;
import org.cairn.rotations.entity.AgendaConflict;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Rotation;
import org.cairn.rotations.entity.Station;
import org.cairn.rotations.entity.StationKind;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;

/**
 * Turns groups, stations and rounds into a schedule. Groups rotate through the stations (a new station each round
 * while there are unvisited ones), a station never holds more students than its capacity in a round, the
 * intervention group meets the teacher-led station first, students at mastery on every target standard do
 * extension work or tutor peers instead of sitting at the teacher-led station, and a teacher may give one student
 * their own sequence of stations.
 */
public final class Agendas {

    private static final int SEARCH_BUDGET = 100_000;

    private Agendas() {
    }

    public static Agenda plan(Grouping grouping, Rotation rotation) {
        return plan(grouping, rotation, Map.of());
    }

    public static Agenda plan(Grouping grouping, Rotation rotation, Map<StudentId, List<String>> overrides) {
        checkOverrides(grouping, rotation, overrides);
        checkCapacity(grouping, rotation);
        // Teacher-led stations first, so the first group in order (the intervention group) starts there.
        List<Station> stations = rotation.stations().stream()
                .sorted(Comparator.comparingInt((Station s) -> s.kind() == StationKind.TEACHER_LED ? 0 : 1)).toList();
        List<Group> groups = grouping.groups().stream()
                .sorted(Comparator.comparingInt((Group g) -> g.intervention() ? 0 : 1).thenComparingInt(Group::number))
                .toList();
        var notes = new ArrayList<Phrase>();
        var conflicts = new ArrayList<AgendaConflict>();

        boolean[][] visited = new boolean[groups.size()][stations.size()];
        var groupStations = new ArrayList<Map<Integer, String>>();
        Map<StudentId, List<String>> studentStations = new TreeMap<>();
        for (int r = 0; r < rotation.rounds(); r++) {
            int[] at = placeGroups(groups, stations, visited, r);
            if (at == null) {
                throw RotationRejected.unmet(List.of(Breach.stations(Breach.Constraint.STATION_CAPACITY,
                        stations.stream().map(Station::id).toList(), Phrase.of("rotations.problem.roundDoesNotFit",
                                String.valueOf(r + 1), groups.stream().map(g -> String.valueOf(g.size())).toList().toString(),
                                stations.stream().map(s -> String.valueOf(s.capacity())).toList().toString()))));
            }
            var round = new TreeMap<Integer, String>();
            for (int g = 0; g < groups.size(); g++) {
                visited[g][at[g]] = true;
                round.put(groups.get(g).number(), stations.get(at[g]).id());
                for (StudentId s : groups.get(g).members()) {
                    studentStations.computeIfAbsent(s, x -> new ArrayList<>()).add(stations.get(at[g]).id());
                }
            }
            groupStations.add(round);
        }
        noteTeacherStation(grouping, stations, groupStations, notes);
        sendMasteredAway(grouping, rotation, stations, studentStations, conflicts);
        applyOverrides(grouping, rotation, overrides, studentStations, conflicts);
        return new Agenda(rotation, grouping, groupStations, studentStations, conflicts, notes);
    }

    /** Each group's station in one round: unvisited stations first, in rotation order, within capacity. */
    private static int[] placeGroups(List<Group> groups, List<Station> stations, boolean[][] visited, int round) {
        int s = stations.size();
        int[][] preference = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            int start = (g + round) % s;
            int group = g;
            preference[g] = java.util.stream.IntStream.range(0, s).boxed()
                    .sorted(Comparator.comparingInt((Integer x) -> visited[group][x] ? 1 : 0)
                            .thenComparingInt(x -> Math.floorMod(x - start, s)))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] remaining = stations.stream().mapToInt(Station::capacity).toArray();
        int[] at = new int[groups.size()];
        int[] nodes = {0};
        return place(0, groups, preference, remaining, at, nodes) ? at : null;
    }

    private static boolean place(int g, List<Group> groups, int[][] preference, int[] remaining, int[] at,
                                 int[] nodes) {
        if (g == groups.size()) {
            return true;
        }
        if (++nodes[0] > SEARCH_BUDGET) {
            return false;
        }
        int size = groups.get(g).size();
        for (int station : preference[g]) {
            if (remaining[station] >= size) {
                remaining[station] -= size;
                at[g] = station;
                if (place(g + 1, groups, preference, remaining, at, nodes)) {
                    return true;
                }
                remaining[station] += size;
            }
        }
        return false;
    }

    private static void noteTeacherStation(Grouping grouping, List<Station> stations,
                                           List<Map<Integer, String>> groupStations, List<Phrase> notes) {
        var intervention = grouping.interventionGroup();
        if (intervention.isEmpty()) {
            return;
        }
        var teacher = stations.stream().filter(s -> s.kind() == StationKind.TEACHER_LED).findFirst();
        if (teacher.isEmpty()) {
            notes.add(Phrase.of("rotations.server.note.noTeacherStation", String.valueOf(intervention.get().number())));
        } else if (!groupStations.get(0).get(intervention.get().number()).equals(teacher.get().id())) {
            notes.add(Phrase.of("rotations.server.note.interventionDoesNotFit",
                    String.valueOf(intervention.get().number()), String.valueOf(intervention.get().size()),
                    teacher.get().name(), String.valueOf(teacher.get().capacity())));
        }
    }

    /** Students at mastery on every target standard do not take a seat at the teacher-led station. */
    private static void sendMasteredAway(Grouping grouping, Rotation rotation, List<Station> stations,
                                         Map<StudentId, List<String>> studentStations,
                                         List<AgendaConflict> conflicts) {
        Map<String, Station> byId = new HashMap<>();
        stations.forEach(s -> byId.put(s.id(), s));
        for (var entry : studentStations.entrySet()) {
            StudentId student = entry.getKey();
            StudentRole role = grouping.roleOf(student);
            if (role != StudentRole.EXTENSION && role != StudentRole.PEER_TUTOR) {
                continue;
            }
            List<StationKind> kinds = role == StudentRole.EXTENSION
                    ? List.of(StationKind.INDEPENDENT, StationKind.DIGITAL, StationKind.COLLABORATIVE)
                    : List.of(StationKind.COLLABORATIVE, StationKind.INDEPENDENT, StationKind.DIGITAL);
            List<String> agenda = entry.getValue();
            for (int r = 0; r < rotation.rounds(); r++) {
                if (byId.get(agenda.get(r)).kind() != StationKind.TEACHER_LED) {
                    continue;
                }
                int round = r;
                var instead = kinds.stream().flatMap(kind -> stations.stream().filter(s -> s.kind() == kind))
                        .filter(s -> occupancy(studentStations, round, s.id()) < s.capacity()).findFirst();
                if (instead.isPresent()) {
                    agenda.set(r, instead.get().id());
                } else {
                    conflicts.add(new AgendaConflict(student, r + 1, agenda.get(r), Phrase.of(role == StudentRole.EXTENSION
                            ? "rotations.server.conflict.noRoomForExtension"
                            : "rotations.server.conflict.noRoomForPeerTutoring", String.valueOf(r + 1))));
                }
            }
        }
    }

    private static void applyOverrides(Grouping grouping, Rotation rotation, Map<StudentId, List<String>> overrides,
                                       Map<StudentId, List<String>> studentStations, List<AgendaConflict> conflicts) {
        for (var entry : new TreeMap<>(overrides).entrySet()) {
            StudentId student = entry.getKey();
            List<String> agenda = studentStations.get(student);
            for (int r = 0; r < rotation.rounds(); r++) {
                String wanted = entry.getValue().get(r);
                if (wanted.equals(agenda.get(r))) {
                    continue;
                }
                Station station = rotation.station(wanted).orElseThrow();
                int used = occupancy(studentStations, r, wanted);
                if (used < station.capacity()) {
                    agenda.set(r, wanted);
                } else {
                    conflicts.add(new AgendaConflict(student, r + 1, wanted,
                            Phrase.of("rotations.server.conflict.stationFull", station.name(), String.valueOf(r + 1), String.valueOf(used),
                            String.valueOf(station.capacity()), rotation.station(agenda.get(r)).orElseThrow().name())));
                }
            }
        }
    }

    private static int occupancy(Map<StudentId, List<String>> studentStations, int round, String stationId) {
        int count = 0;
        for (List<String> stations : studentStations.values()) {
            if (stations.get(round).equals(stationId)) {
                count++;
            }
        }
        return count;
    }

    private static void checkOverrides(Grouping grouping, Rotation rotation, Map<StudentId, List<String>> overrides) {
        var breaches = new ArrayList<Breach>();
        for (var entry : new TreeMap<>(overrides).entrySet()) {
            StudentId student = entry.getKey();
            if (grouping.groupOf(student).isEmpty()) {
                breaches.add(new Breach(Breach.Constraint.AGENDA_OVERRIDE, List.of(student), List.of(), List.of(),
                        Phrase.of("rotations.problem.ownAgendaNoGroup", student.value())));
                continue;
            }
            List<String> sequence = entry.getValue();
            if (sequence == null || sequence.size() != rotation.rounds()) {
                breaches.add(new Breach(Breach.Constraint.AGENDA_OVERRIDE, List.of(student), List.of(), List.of(),
                        Phrase.of("rotations.problem.ownAgendaLength", student.value(),
                                String.valueOf(sequence == null ? 0 : sequence.size()), String.valueOf(rotation.rounds()))));
                continue;
            }
            for (String id : sequence) {
                if (rotation.station(id).isEmpty()) {
                    breaches.add(new Breach(Breach.Constraint.AGENDA_OVERRIDE, List.of(student), List.of(),
                            List.of(String.valueOf(id)), Phrase.of("rotations.problem.ownAgendaStationNotInPlay",
                            student.value(), String.valueOf(id))));
                }
            }
        }
        if (!breaches.isEmpty()) {
            throw RotationRejected.invalid(breaches);
        }
    }

    private static void checkCapacity(Grouping grouping, Rotation rotation) {
        var breaches = new ArrayList<Breach>();
        int students = grouping.groups().stream().mapToInt(Group::size).sum();
        List<String> ids = rotation.stations().stream().map(Station::id).toList();
        if (students > rotation.totalCapacity()) {
            breaches.add(Breach.stations(Breach.Constraint.STATION_CAPACITY, ids, Phrase.of("rotations.problem.capacityTotal",
                    String.valueOf(students), String.valueOf(rotation.totalCapacity()))));
        }
        int largest = rotation.stations().stream().mapToInt(Station::capacity).max().orElse(0);
        for (Group group : grouping.groups()) {
            if (group.size() > largest) {
                breaches.add(new Breach(Breach.Constraint.STATION_CAPACITY, group.members(), List.of(), ids,
                        Phrase.of("rotations.problem.groupTooBigForStations", String.valueOf(group.number()),
                                String.valueOf(group.size()), String.valueOf(largest))));
            }
        }
        if (!breaches.isEmpty()) {
            throw RotationRejected.unmet(breaches);
        }
    }
}
