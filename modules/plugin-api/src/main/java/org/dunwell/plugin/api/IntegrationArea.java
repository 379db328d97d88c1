package org.dunwell.plugin.api;

/** The kinds of external system a plugin can connect Dunwell to. */
public enum IntegrationArea {
    /** Looks companies up and returns a score, a rating and a recommended limit. */
    CREDIT_BUREAU,
    /** Requests and changes trade-credit insurance cover, notifies overdue invoices, files claims. */
    CREDIT_INSURANCE,
    /** Takes over cases and reports status, recoveries and fees back. */
    COLLECTION_AGENCY
}
