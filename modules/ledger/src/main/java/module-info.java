/** Customers, open transactions and their settlement, fed from an ERP; the audit trail every module writes to. */
module org.dunwell.ledger {
    requires transitive org.dunwell.kernel;
    requires jakarta.persistence;
    // @Schema on the api records: documentation read at build time only (decision 0022)
    requires static microprofile.openapi.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires java.sql;
    requires org.apache.commons.csv;

    exports org.dunwell.ledger.api;
    // the id and version every module's entities share (mapped superclasses)
    exports org.dunwell.ledger.api.entity;
    opens org.dunwell.ledger.api.entity;

    // entities and beans are reached reflectively by EclipseLink and CDI (unqualified: EclipseLink's
    // module name differs between the server and the test tier)
    opens org.dunwell.ledger.domain.company;
    opens org.dunwell.ledger.domain.audit;
    opens org.dunwell.ledger.domain.customer;
    opens org.dunwell.ledger.domain.rates;
    opens org.dunwell.ledger.application;
    opens org.dunwell.ledger.infrastructure;
}
