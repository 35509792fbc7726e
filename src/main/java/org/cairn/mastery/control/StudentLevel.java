package org.cairn.mastery.control;

import java.util.UUID;

/** A row of the derived mastery table as the queries need it (levelPoints null: no level yet). */
public record StudentLevel(UUID studentId, UUID standardId, Double levelPoints, int evidenceCount, boolean overridden) {
}
