package org.dunwell.plugin.api.contact;

import java.time.Instant;
import java.util.Objects;

/** The channel's reference of a message it accepted, and when. */
public record DeliveryReceipt(String messageId, String channelReference, Instant acceptedAt) {

    public DeliveryReceipt {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(channelReference, "channelReference");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
