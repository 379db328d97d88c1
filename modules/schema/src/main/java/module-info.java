/**
 * Runs the versioned migrations that each domain module ships under
 * {@code db/migration/<module>/}, on Derby or PostgreSQL. Used by the server at start-up
 * and by the test kit; never by domain code.
 */
module org.dunwell.schema {
    requires java.sql;
    requires org.dunwell.kernel;
    requires flyway.core;
    exports org.dunwell.schema.api;
}
