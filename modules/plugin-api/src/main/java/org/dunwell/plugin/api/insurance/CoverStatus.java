package org.dunwell.plugin.api.insurance;

/** Where a request for cover stands at the insurer. */
public enum CoverStatus {
    /** Not decided yet: poll, or wait for the webhook. */
    PENDING,
    /** Granted as asked. */
    GRANTED,
    /** Granted for less than asked, or with conditions. */
    PARTIALLY_GRANTED,
    /** Refused. */
    REFUSED,
    /** Cover that was granted has been withdrawn or has ended. */
    WITHDRAWN
}
