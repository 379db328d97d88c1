package org.dunwell.testkit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dunwell.schema.api.MigrationReport;
import org.dunwell.schema.api.SchemaMigrations;

/**
 * One fresh database (Derby in memory) or schema (PostgreSQL) for one test class, migrated
 * by the same {@link SchemaMigrations} the server runs, and dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final String dropUrl;
    private final boolean keep;
    private final Map<String, EntityManagerFactory> factories = new HashMap<>();
    private MigrationReport migration;

    TestDatabase(DatabaseKind kind, String url, String user, String password, String schema, String dropUrl) {
        this(kind, url, user, password, schema, dropUrl, false);
    }

    TestDatabase(DatabaseKind kind, String url, String user, String password, String schema, String dropUrl,
                 boolean keep) {
        this.keep = keep;
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.dropUrl = dropUrl;
    }

    /** A Derby database in a folder (benchmarks: an on-disk database as the demo server has). */
    public static TestDatabase derbyIn(Path folder) {
        String url = "jdbc:derby:" + folder.toAbsolutePath() + ";create=true";
        return new TestDatabase(DatabaseKind.DERBY, url, "dunwell", "dunwell", null,
                "jdbc:derby:" + folder.toAbsolutePath() + ";shutdown=true");
    }

    public DatabaseKind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** Runs the migrations once; later calls return the first report. */
    public synchronized MigrationReport migrate() {
        if (migration == null) {
            migration = migrations().migrate();
        }
        return migration;
    }

    /**
     * Runs the migrations up to {@code version} only, before {@link #migrate} (which then applies
     * the rest): tests of a migration that changes rows write them in the schema before it.
     */
    public synchronized MigrationReport migrateTo(String version) {
        if (migration != null) {
            throw new IllegalStateException("already migrated to the latest version");
        }
        return migrations().migrateTo(version);
    }

    private SchemaMigrations migrations() {
        return SchemaMigrations.forDataSource(dataSource(), TestDatabase.class.getClassLoader(), schema);
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * An EntityManagerFactory of the named RESOURCE_LOCAL unit (each module's test resources
     * declare one listing its entities), on this database, after migrating it.
     */
    public synchronized EntityManagerFactory entityManagerFactory(String persistenceUnit) {
        migrate();
        return factories.computeIfAbsent(persistenceUnit, unit -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.jdbc.url", url);
            properties.put("jakarta.persistence.jdbc.user", user);
            properties.put("jakarta.persistence.jdbc.password", password);
            properties.put("jakarta.persistence.jdbc.driver", kind == DatabaseKind.DERBY
                    ? "org.apache.derby.iapi.jdbc.AutoloadedDriver" : "org.postgresql.Driver");
            properties.put("eclipselink.logging.level", System.getProperty("dunwell.test.jpa.log", "WARNING"));
            properties.put("eclipselink.ddl-generation", "none");
            properties.put("eclipselink.connection-pool.default.max", "64");
            return Persistence.createEntityManagerFactory(unit, properties);
        });
    }

    /** Runs {@code work} in one transaction of a new EntityManager and commits it. */
    public <T> T inTransaction(String persistenceUnit, Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory(persistenceUnit).createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void inTransaction(String persistenceUnit, Consumer<EntityManager> work) {
        inTransaction(persistenceUnit, em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        factories.values().forEach(EntityManagerFactory::close);
        factories.clear();
        try {
            if (kind == DatabaseKind.POSTGRESQL) {
                if (keep) {
                    return;
                }
                try (Connection connection = connect()) {
                    connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            } else {
                DriverManager.getConnection(dropUrl);
            }
        } catch (SQLException expectedOnDerbyDrop) {
            // Derby reports a successful drop as SQLState 08006; PostgreSQL schemas are best effort
        }
    }

    @Override
    public String toString() {
        return kind.displayName();
    }

    private final class DriverManagerDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return connect();
        }

        @Override
        public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
            return connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
