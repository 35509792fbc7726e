package org.cairn.rotations.entity;

import java.util.Optional;

/** Where a student is in one round and where they go next (empty after the last round). */
public record Whereabouts(StudentId student, int round, int group, StudentRole role, Station now,
                          Optional<Station> next, int startsAtMinute, int minutes) {
}
