package org.cairn.mastery.control;

import java.util.UUID;

/** A piece of evidence with the student and standard it is about, for assembling views from raw evidence. */
public record StudentEvidence(UUID studentId, UUID standardId, Observation observation) {
}
