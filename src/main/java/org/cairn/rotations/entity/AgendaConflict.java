package org.cairn.rotations.entity;

import org.cairn.infra.i18n.Phrase;

/**
 * Something in an agenda that could not be done as asked, for the teacher to settle (round numbers from 1); the
 * message is phrased in the reader's language ({@code rotations.server.conflict.*}).
 */
public record AgendaConflict(StudentId student, int round, String stationId, Phrase message) {
}
