/** Credit limits, exposure, order credit checks, holds, limit requests and risk scores. */
module org.dunwell.credit {
    requires transitive org.dunwell.kernel;
    requires transitive org.dunwell.ledger;
    requires jakarta.persistence;
    // @Schema on the api records: documentation read at build time only (decision 0022)
    requires static microprofile.openapi.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;

    exports org.dunwell.credit.api;

    // entities and beans are reached reflectively by EclipseLink and CDI
    opens org.dunwell.credit.domain;
    opens org.dunwell.credit.application;
    opens org.dunwell.credit.infrastructure;
}
