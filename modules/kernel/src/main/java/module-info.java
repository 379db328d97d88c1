/**
 * Money, typed identifiers, the business clock, paging and the domain error family; and which database the
 * infrastructure talks to. No Jakarta dependency.
 */
module org.dunwell.kernel {
    requires transitive java.sql;
    requires java.logging;
    // PostgresCopy: PostgreSQL's COPY for bulk rows, fed CSV written by commons-csv (decision 0019)
    requires org.apache.commons.csv;
    requires static org.postgresql.jdbc;
    exports org.dunwell.kernel.api;
    exports org.dunwell.kernel.sql;
}
