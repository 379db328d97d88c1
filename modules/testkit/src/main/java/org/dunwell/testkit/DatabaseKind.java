package org.dunwell.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The databases the test tier knows: Derby in memory, and the local PostgreSQL server. */
public enum DatabaseKind {

    DERBY {
        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public TestDatabase create() {
            String name = "dunwell_" + SEQUENCE.incrementAndGet() + "_" + ProcessHandle.current().pid();
            return new TestDatabase(this, "jdbc:derby:memory:" + name + ";create=true", "dunwell", "dunwell", null,
                    "jdbc:derby:memory:" + name + ";drop=true");
        }
    },

    POSTGRESQL {
        @Override
        public boolean isAvailable() {
            String setting = System.getenv().getOrDefault("DUNWELL_TEST_POSTGRES", "auto").toLowerCase(Locale.ROOT);
            if (setting.equals("off")) {
                return false;
            }
            boolean answers = portAnswers(POSTGRES_HOST, POSTGRES_PORT);
            if (!answers && setting.equals("required")) {
                throw new IllegalStateException("DUNWELL_TEST_POSTGRES=required but nothing answers on "
                        + POSTGRES_HOST + ":" + POSTGRES_PORT);
            }
            return answers;
        }

        @Override
        public TestDatabase create() {
            String schema = "dunwell_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return postgresSchema(schema, false);
        }
    };

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String POSTGRES_HOST = "127.0.0.1";
    private static final int POSTGRES_PORT = 5432;

    /**
     * A PostgreSQL schema of the server the tests use, created if missing; dropped on close unless
     * {@code keep} (benchmarks keep a large imported ledger between runs).
     */
    public static TestDatabase postgresSchema(String schema, boolean keep) {
        String url = postgresUrl();
        String user = postgresUser();
        String separator = url.contains("?") ? "&" : "?";
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + url, e);
        }
        return new TestDatabase(POSTGRESQL, url + separator + "currentSchema=" + schema, user, "", schema, null,
                keep);
    }

    /** The PostgreSQL database the tests use ({@code DUNWELL_TEST_POSTGRES_URL}, default {@code test} on 127.0.0.1:5432). */
    static String postgresUrl() {
        return System.getenv().getOrDefault("DUNWELL_TEST_POSTGRES_URL",
                "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/test");
    }

    /** Its user ({@code DUNWELL_TEST_POSTGRES_USER}, default {@code postgres}; trust authentication). */
    static String postgresUser() {
        return System.getenv().getOrDefault("DUNWELL_TEST_POSTGRES_USER", "postgres");
    }

    /** Whether this database can be used here (PostgreSQL: something answers on 127.0.0.1:5432). */
    public abstract boolean isAvailable();

    /** A fresh database (Derby in memory) or schema (PostgreSQL); close it to drop it. */
    public abstract TestDatabase create();

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static boolean portAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
