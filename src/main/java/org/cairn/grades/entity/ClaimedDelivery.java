package org.cairn.grades.entity;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A delivery a worker holds under lease, with what it needs to deliver it: the registration (for the token),
 * the line item's AGS URL or, if Cairn has not found or created it in the LMS yet, how to (container URL, tag,
 * resourceId, label, maximum), and the score.
 */
public record ClaimedDelivery(UUID id, UUID registrationId, UUID lineItemId, Optional<URI> lineItemUrl,
                              Optional<URI> lineItemsUrl, NewLineItem lineItem, Score score, int attempts,
                              Optional<Instant> firstFailureAt) {
}
