/**
 * The fast persistence test tier: runs a test once per available database (Derby in
 * memory always, PostgreSQL on 127.0.0.1:5432 when it answers), each in a fresh,
 * migrated schema, with EclipseLink outside the container.
 */
module org.dunwell.testkit {
    requires transitive java.sql;
    requires transitive org.junit.jupiter.api;
    requires transitive jakarta.persistence;
    requires org.dunwell.schema;
    exports org.dunwell.testkit;
}
