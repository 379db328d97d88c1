/**
 * A Java client of Dunwell's REST API, generated at build time from the OpenAPI document the server
 * module writes (openapi-generator, library "native": java.net.http and Jackson). {@code org.dunwell.client.api}
 * has one class per tag of the document (ledger, credit, collections, operations), {@code org.dunwell.client.model}
 * one class per schema, {@code org.dunwell.client} the {@code ApiClient} that holds the base URL and credentials.
 */
module org.dunwell.client {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static jakarta.annotation;

    exports org.dunwell.client;
    exports org.dunwell.client.api;
    exports org.dunwell.client.model;

    // Jackson reads and writes the models reflectively
    opens org.dunwell.client.model to com.fasterxml.jackson.databind;
    opens org.dunwell.client to com.fasterxml.jackson.databind;
}
