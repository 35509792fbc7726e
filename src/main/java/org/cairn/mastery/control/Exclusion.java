package org.cairn.mastery.control;

/** A piece of evidence a calculation left out, and why, in words a teacher can check. */
public record Exclusion(Observation evidence, String reason) {
}
