package org.cairn.grades.entity;

import java.time.Instant;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A delivery that stopped trying: which student (by sub), its score time, attempts and the last error, to be phrased
 * in the reader's language (what the LMS answered stays in its own words inside it).
 */
public record DeliveryAttention(UUID deliveryId, String userSub, Instant scoreTimestamp, int attempts, Phrase lastError) {
}
