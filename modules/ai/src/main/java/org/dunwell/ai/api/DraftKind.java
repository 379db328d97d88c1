package org.dunwell.ai.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a draft is: a reminder email for now. */
@Schema(description = "What a draft is: REMINDER_EMAIL.")
public enum DraftKind {
    REMINDER_EMAIL
}
