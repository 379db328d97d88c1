package org.dunwell.schema.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.dunwell.kernel.sql.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema of every module, brought up to date by Flyway. Migrations live in each
 * module's jar under {@code db/migration/<module>/} and are named
 * {@code V<yyyyMMdd>_<hhmm>__<module>_<what>.sql}, so that versions follow the order in
 * which they were written across modules. SQL that differs between Derby and PostgreSQL
 * uses the placeholders of {@link Dialect}. Flyway is given the application's class loader
 * explicitly (Liberty's thread context loader is not always the application's), and every
 * jar that ships migrations has an empty {@code db/migration/flyway.location} file: Liberty's
 * class loader does not list directories inside jars, so Flyway finds the jars by that file.
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";
    public static final String HISTORY_TABLE = "schema_history";

    private final Flyway flyway;
    private final Dialect dialect;

    private SchemaMigrations(Flyway flyway, Dialect dialect) {
        this.flyway = flyway;
        this.dialect = dialect;
    }

    /** Migrations for the database behind {@code dataSource}, in its default schema. */
    public static SchemaMigrations forDataSource(DataSource dataSource, ClassLoader classLoader) {
        return forDataSource(dataSource, classLoader, null);
    }

    /** Migrations into a given schema (tests isolate each run in a schema of its own). */
    public static SchemaMigrations forDataSource(DataSource dataSource, ClassLoader classLoader, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(classLoader, "classLoader");
        Dialect dialect = Dialect.of(dataSource);
        var configuration = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .table(HISTORY_TABLE)
                .placeholders(dialect.placeholders())
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        if (schema != null) {
            configuration = configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return new SchemaMigrations(configuration.load(), dialect);
    }

    /**
     * Creates the schema {@code name} (an unquoted SQL identifier) unless it exists. For schemas that
     * others fill, like the batch runtime's job repository: it creates its tables but not their
     * schema, which Derby makes on the first table and PostgreSQL does not. Two servers starting at
     * once may both try; the loser finds it made and carries on.
     */
    public static void ensureSchema(DataSource dataSource, String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + name);
        }
        try (Connection connection = dataSource.getConnection()) {
            if (schemaExists(connection, name)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + name);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (!schemaExists(connection, name)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean schemaExists(Connection connection, String name) throws SQLException {
        try (ResultSet schemas = connection.getMetaData().getSchemas()) {
            while (schemas.next()) {
                if (schemas.getString("TABLE_SCHEM").equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Applies whatever is pending; returns the state afterwards. A failed migration throws. */
    public MigrationReport migrate() {
        return reportAfter(flyway.migrate());
    }

    /**
     * Applies what is pending up to {@code version} only (tests of a migration that changes data
     * write the rows it finds in the schema before it); a later {@link #migrate} applies the rest.
     */
    public MigrationReport migrateTo(String version) {
        Flyway upTo = Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .target(MigrationVersion.fromVersion(version))
                .load();
        return reportAfter(upTo.migrate());
    }

    /** The state after a migration, with the number of migrations it executed. */
    private MigrationReport reportAfter(MigrateResult result) {
        MigrationReport report = report();
        return new MigrationReport(report.database(), report.currentVersion(), result.migrationsExecuted,
                report.applied(), report.pending(), report.failed());
    }

    /** The state without changing anything (for health checks). */
    public MigrationReport report() {
        MigrationInfo[] all = flyway.info().all();
        String current = Arrays.stream(all)
                .filter(i -> i.getState() == MigrationState.SUCCESS && i.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse(null);
        int applied = (int) Arrays.stream(all)
                .filter(i -> i.getState() == MigrationState.SUCCESS && i.getVersion() != null).count();
        int pending = count(all, MigrationState.PENDING);
        int failed = (int) Arrays.stream(all).filter(i -> i.getState().isFailed()).count();
        return new MigrationReport(dialect.name().toLowerCase(Locale.ROOT), current, 0, applied, pending, failed);
    }

    private static int count(MigrationInfo[] all, MigrationState state) {
        return (int) Arrays.stream(all).filter(i -> i.getState() == state).count();
    }

    /** The databases we run on and the SQL that differs between them. */
    public enum Dialect {
        DERBY(Map.of("text_type", "CLOB", "binary_type", "BLOB")),
        POSTGRESQL(Map.of("text_type", "TEXT", "binary_type", "BYTEA"));

        private final Map<String, String> placeholders;

        Dialect(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        public Map<String, String> placeholders() {
            return placeholders;
        }

        public static Dialect of(DataSource dataSource) {
            return Database.of(dataSource) == Database.DERBY ? DERBY : POSTGRESQL;
        }
    }
}
