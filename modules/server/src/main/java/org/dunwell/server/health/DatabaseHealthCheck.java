package org.dunwell.server.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.dunwell.schema.api.MigrationReport;
import org.dunwell.server.platform.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and its schema is at the version this build expects
 * (nothing pending, nothing failed). Reports the database kind and schema version.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "jdbc/dunwell")
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                return response.down().withData("error", "connection is not valid").build();
            }
            MigrationReport schema = migrator.currentState();
            response.withData("database", schema.database())
                    .withData("schemaVersion", String.valueOf(schema.currentVersion()))
                    .withData("migrationsApplied", schema.applied())
                    .withData("migrationsPending", schema.pending())
                    .withData("migrationsFailed", schema.failed());
            return schema.isUpToDate() ? response.up().build() : response.down().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
