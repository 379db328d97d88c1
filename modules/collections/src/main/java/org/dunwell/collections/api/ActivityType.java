package org.dunwell.collections.api;

/** What kind of collection activity an agent logs or plans. */
public enum ActivityType {
    CALL,
    EMAIL,
    LETTER,
    MEETING,
    TASK
}
