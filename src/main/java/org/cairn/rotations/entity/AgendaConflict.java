package org.cairn.rotations.entity;

/** Something in an agenda that could not be done as asked, for the teacher to settle (round numbers from 1). */
public record AgendaConflict(StudentId student, int round, String stationId, String message) {
}
