/**
 * The plugin API: extension points for credit bureau, credit insurance, collection agency and contact channel
 * integrations, their records, the context the host gives a plugin and the typed exceptions. Depends on PF4J
 * and the JDK only (java.net.http for the host's HTTP client).
 */
module org.dunwell.plugin.api {
    requires transitive pf4j;
    requires transitive java.net.http;
    exports org.dunwell.plugin.api;
    exports org.dunwell.plugin.api.bureau;
    exports org.dunwell.plugin.api.insurance;
    exports org.dunwell.plugin.api.agency;
    exports org.dunwell.plugin.api.contact;
}
