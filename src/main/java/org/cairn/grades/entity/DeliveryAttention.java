package org.cairn.grades.entity;

import java.time.Instant;
import java.util.UUID;

/** A delivery that stopped trying: which student (by sub), its score time, attempts and the last error in words. */
public record DeliveryAttention(UUID deliveryId, String userSub, Instant scoreTimestamp, int attempts, String lastError) {
}
