package org.dunwell.plugin.api.contact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.VendorProperties;

/**
 * One message to one recipient: the host's message id (the key against sending twice), the address in the
 * channel's form (a phone number, postal address lines), text and attachments.
 */
public record ContactMessage(String messageId, String recipientName, List<String> address, String subject, String text,
        List<Attachment> attachments, Map<String, String> properties) {

    public ContactMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
        address = List.copyOf(address);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("a message needs an address");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        properties = VendorProperties.copy(properties);
    }

    /** A document sent along (a letter's PDF). */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
