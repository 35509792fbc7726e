package org.cairn.rotations.entity;

import org.cairn.infra.i18n.Phrase;

/** A standard the rotation targets: its id (as mastery knows it) and the code teachers read, such as 6.RP.3. */
public record TargetStandard(String id, String code) {

    public TargetStandard {
        if (id == null || id.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.STANDARDS, Phrase.of("rotations.problem.standardNoId"));
        }
        code = code == null || code.isBlank() ? id : code;
    }
}
