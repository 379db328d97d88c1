package org.dunwell.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the PostgreSQL in-server server starts (exec:java): drops and creates its
 * database, so every run starts from an empty one, as the Derby tier does in memory. When nothing
 * answers on 127.0.0.1:5432 it writes the skip marker instead (the acceptance module's
 * {@code InServerTier} then skips that tier); {@code DUNWELL_TEST_POSTGRES=required} makes that a
 * failure and {@code off} skips it, as for the persistence tests.
 */
public final class FreshPostgresDatabase {

    private FreshPostgresDatabase() {
    }

    /** {@code args}: the database's name, the skip marker's path. */
    public static void main(String[] args) throws Exception {
        String database = args[0];
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        Path marker = Path.of(args[1]);
        Files.deleteIfExists(marker);
        if (!DatabaseKind.POSTGRESQL.isAvailable()) {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "PostgreSQL does not answer on 127.0.0.1:5432 (or DUNWELL_TEST_POSTGRES=off)\n");
            System.out.println("[dunwell] the in-server tests on PostgreSQL are skipped: nothing answers on"
                    + " 127.0.0.1:5432 (or DUNWELL_TEST_POSTGRES=off)");
            return;
        }
        String url = DatabaseKind.postgresUrl();
        String user = DatabaseKind.postgresUser();
        // loaded here, so that DriverManager offers it to this class (exec:java's class loader holds it)
        Class.forName("org.postgresql.Driver");
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a fresh database " + database + " on " + url, e);
        }
        System.out.println("[dunwell] a fresh PostgreSQL database " + database + " for the in-server tests");
    }
}
