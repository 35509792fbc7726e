package org.cairn.rotations.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.cairn.infra.i18n.Phrase;

/** A session of several rounds of fixed minutes over the stations in play. */
public record Rotation(int rounds, int minutesPerRound, List<Station> stations) {

    public Rotation {
        var breaches = new ArrayList<Breach>();
        if (rounds < 1) {
            breaches.add(Breach.of(Breach.Constraint.ROUNDS, Phrase.of("rotations.problem.roundsTooFew", String.valueOf(rounds))));
        }
        if (minutesPerRound < 1) {
            breaches.add(Breach.of(Breach.Constraint.MINUTES,
                    Phrase.of("rotations.problem.minutesTooFew", String.valueOf(minutesPerRound))));
        }
        if (stations == null || stations.isEmpty()) {
            breaches.add(Breach.of(Breach.Constraint.STATIONS, Phrase.of("rotations.problem.noStations")));
        } else {
            var seen = new HashSet<String>();
            for (Station s : stations) {
                if (!seen.add(s.id())) {
                    breaches.add(Breach.stations(Breach.Constraint.STATIONS, List.of(s.id()),
                            Phrase.of("rotations.problem.stationTwice", s.id())));
                }
            }
        }
        if (!breaches.isEmpty()) {
            throw RotationRejected.invalid(breaches);
        }
        stations = List.copyOf(stations);
    }

    public Optional<Station> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int totalCapacity() {
        return stations.stream().mapToInt(Station::capacity).sum();
    }
}
