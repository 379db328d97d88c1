package org.dunwell.schema.api;

/**
 * Where the schema stands: the database kind, the current version, how many migrations
 * this run executed, and how many are applied, pending or failed.
 */
public record MigrationReport(String database, String currentVersion, int executed, int applied, int pending,
                              int failed) {

    /** Up to date and nothing failed. */
    public boolean isUpToDate() {
        return pending == 0 && failed == 0 && applied > 0;
    }
}
