package org.dunwell.server.platform;

import org.dunwell.schema.api.MigrationReport;

/** Fired once the schema is up to date at start-up: what touches the database on start waits for it. */
public record SchemaReady(MigrationReport report) {
}
