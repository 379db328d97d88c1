/** Aging definitions, pools and agents (who sees which customers), the coordinator workspace and the collection actions. */
module org.dunwell.collections {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires jakarta.persistence;
    // @Schema on the api records: documentation read at build time only (decision 0022)
    requires static microprofile.openapi.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;

    exports org.dunwell.collections.api;

    opens org.dunwell.collections.domain;
    opens org.dunwell.collections.domain.pool;
    opens org.dunwell.collections.domain.activity;
    opens org.dunwell.collections.domain.cases;
    opens org.dunwell.collections.domain.promise;
    opens org.dunwell.collections.domain.dispute;
    opens org.dunwell.collections.domain.writeoff;
    opens org.dunwell.collections.application;
    opens org.dunwell.collections.infrastructure;
}
