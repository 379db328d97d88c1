package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of collection activity an agent logs or plans. */
@Schema(description = "What kind of collection activity an agent logs or plans.")
public enum ActivityType {
    CALL,
    EMAIL,
    LETTER,
    MEETING,
    TASK
}
