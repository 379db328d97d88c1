package org.dunwell.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dunwell.schema.api.MigrationReport;
import org.dunwell.schema.api.SchemaMigrations;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Every module's migrations, as the server sees them, apply on Derby and on PostgreSQL. */
class SchemaMigrationsTest {

    @DatabaseTest
    void allMigrationsApplyAndASecondRunChangesNothing(TestDatabase db) throws Exception {
        MigrationReport first = db.migrate();
        assertThat(first.failed()).isZero();
        assertThat(first.pending()).isZero();
        assertThat(first.applied()).isEqualTo(migrationFilesInTheBuild());
        assertThat(first.database()).isEqualTo(db.kind().displayName());

        MigrationReport again = SchemaMigrations.forDataSource(db.dataSource(), getClass().getClassLoader(),
                        currentSchema(db)).migrate();
        assertThat(again.executed()).isZero();
        assertThat(again.isUpToDate()).isTrue();
        assertThat(again.currentVersion()).isEqualTo(first.currentVersion());

        assertThat(tables(db)).contains("company", "audit_event", "schema_history");
    }

    private static String currentSchema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return connection.getSchema();
        }
    }

    private static Set<String> tables(TestDatabase db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = db.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** The versioned migration files under modules/* /src/main/resources/db/migration. */
    static long migrationFilesInTheBuild() throws IOException {
        Path modules = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(modules)) {
            return files.filter(p -> p.toString().contains("src/main/resources/db/migration/"))
                    .filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql"))
                    .count();
        }
    }
}
