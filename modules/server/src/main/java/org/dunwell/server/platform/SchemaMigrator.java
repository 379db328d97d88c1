package org.dunwell.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dunwell.schema.api.MigrationReport;
import org.dunwell.schema.api.SchemaMigrations;

/**
 * Brings the schema up to date when the application starts, before anything else touches
 * the database, then announces {@link SchemaReady}. A failed migration fails the
 * deployment: the server never runs against a schema it does not know.
 * <p>
 * It also makes the batch job repository's schema ({@value #BATCH_SCHEMA}, server.xml's
 * {@code databaseStore}): Liberty creates the repository's tables but not their schema, and on
 * PostgreSQL every job failed to start without it.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** The schema of the batch job repository: {@code <databaseStore id="batchStore" schema=...>} in server.xml. */
    static final String BATCH_SCHEMA = "DWBATCH";

    @Resource(lookup = "jdbc/dunwell")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> ready;

    private volatile MigrationReport lastReport;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        MigrationReport report = migrations().migrate();
        SchemaMigrations.ensureSchema(dataSource, BATCH_SCHEMA);
        lastReport = report;
        LOG.info(() -> "Schema on " + report.database() + " at version " + report.currentVersion() + " ("
                + report.executed() + " migrations applied now, " + report.applied() + " in all)");
        ready.fire(new SchemaReady(report));
    }

    /** The schema's state now, read from the database (for the health check). */
    public MigrationReport currentState() {
        MigrationReport report = migrations().report();
        lastReport = report;
        return report;
    }

    public MigrationReport lastReport() {
        return lastReport;
    }

    private SchemaMigrations migrations() {
        return SchemaMigrations.forDataSource(dataSource, SchemaMigrator.class.getClassLoader());
    }
}
