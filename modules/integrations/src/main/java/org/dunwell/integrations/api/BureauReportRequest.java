package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to ask the bureau about: absent fields are taken from the customer's last report. */
@Schema(description = "Whom to ask the bureau about: the customer's registration number and country (ISO 3166-1"
        + " alpha-2); each one absent is taken from the customer's last report. The name is the customer's.",
        example = "{\"registrationNumber\":\"HRB 123456\",\"country\":\"DE\"}")
public record BureauReportRequest(String registrationNumber, String country) {
}
