/**
 * Money, typed identifiers, the business clock, paging and the domain error family; and which database the
 * infrastructure talks to. No Jakarta dependency.
 */
module org.dunwell.kernel {
    requires transitive java.sql;
    exports org.dunwell.kernel.api;
    exports org.dunwell.kernel.sql;
}
