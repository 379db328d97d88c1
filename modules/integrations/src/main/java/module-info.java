/**
 * Integrations: each plugin's configuration per company (settings, secrets kept encrypted and never returned,
 * enabled or not) and the flows that go through plugins, starting with the credit bureau report. This module never
 * sees the plugin API: it names what it needs as domain ports ({@code BureauGateway}) that the server's adapters
 * implement over the plugins.
 */
module org.dunwell.integrations {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires org.dunwell.collections;
    requires org.dunwell.dunning;
    requires jakarta.persistence;
    requires static microprofile.openapi.api;
    requires static microprofile.config.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.annotation;
    requires java.sql;

    exports org.dunwell.integrations.api;

    opens org.dunwell.integrations.domain;
    opens org.dunwell.integrations.application;
    opens org.dunwell.integrations.infrastructure;
}
