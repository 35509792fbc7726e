package org.cairn.rotations.entity;

import java.net.URI;
import java.util.Optional;
import org.cairn.infra.i18n.Phrase;

/** A place or activity in the room; capacity is how many students it holds in one round. */
public record Station(String id, String name, StationKind kind, URI link, int capacity, String instructions) {

    public Station {
        if (id == null || id.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.STATIONS, Phrase.of("rotations.problem.stationNoId"));
        }
        if (kind == null) {
            throw RotationRejected.invalid(Breach.Constraint.STATIONS, Phrase.of("rotations.problem.stationNoKind", id));
        }
        if (capacity < 1) {
            throw RotationRejected.invalid(java.util.List.of(Breach.stations(Breach.Constraint.STATION_CAPACITY,
                    java.util.List.of(id), Phrase.of("rotations.problem.stationCapacity", id,
                    String.valueOf(capacity)))));
        }
        name = name == null || name.isBlank() ? id : name;
        instructions = instructions == null ? "" : instructions;
    }

    public static Station of(String id, StationKind kind, int capacity) {
        return new Station(id, id, kind, null, capacity, "");
    }

    public Optional<URI> optionalLink() {
        return Optional.ofNullable(link);
    }
}
