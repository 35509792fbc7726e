package org.cairn.grades.entity;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A delivery a worker holds under lease, with what it needs to deliver it: the registration (for the token),
 * the line item's AGS URL or, if Cairn has not found or created it in the LMS yet, how to (container URL, tag,
 * resourceId, label, maximum), the score, and the label the LMS column has now.
 */
public record ClaimedDelivery(UUID id, UUID registrationId, UUID lineItemId, Optional<URI> lineItemUrl,
                              Optional<URI> lineItemsUrl, NewLineItem lineItem, Score score, int attempts,
                              Optional<Instant> firstFailureAt, Optional<String> lmsLabel) {

    /** The LMS column was found or created with another label: the standard was renamed since. */
    public boolean renamed() {
        return lineItemUrl.isPresent() && lmsLabel.isPresent() && !lmsLabel.get().equals(lineItem.label());
    }
}
