package org.dunwell.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dunwell.schema.api.MigrationReport;
import org.dunwell.schema.api.SchemaMigrations;
import org.dunwell.testkit.DatabaseKind;
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

    @DatabaseTest
    void aMissingSchemaIsCreatedOnceAndAnExistingOneIsLeftAlone(TestDatabase db) throws Exception {
        String name = "DWT" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        try {
            assertThat(schemas(db)).doesNotContain(name);
            SchemaMigrations.ensureSchema(db.dataSource(), name);
            assertThat(schemas(db)).contains(name);
            SchemaMigrations.ensureSchema(db.dataSource(), name);
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                // a table in it, as the batch runtime makes them
                statement.execute("CREATE TABLE " + name + ".probe (id INTEGER)");
                statement.execute("DROP TABLE " + name + ".probe");
            }
        } finally {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + name + (db.kind() == DatabaseKind.DERBY
                        ? " RESTRICT" : ""));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theBatchSchemaTheServerMakesIsTheOneServerXmlNames() throws IOException {
        String serverXml = Files.readString(Path.of("../../liberty-config/server.xml"));
        Matcher store = Pattern.compile("<databaseStore id=\"batchStore\"[^>]*"
                + " schema=\"([^\"]+)\"").matcher(serverXml);
        assertThat(store.find()).as("server.xml's batch store names its schema").isTrue();
        assertThat(store.group(1)).isEqualTo(SchemaMigrator.BATCH_SCHEMA);
    }

    private static Set<String> schemas(TestDatabase db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = db.connect(); ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_SCHEM").toUpperCase(Locale.ROOT));
            }
        }
        return names;
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
