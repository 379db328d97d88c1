/**
 * What a plugin's own tests need to run it without a server: a {@code PluginContext} with the settings, secrets,
 * token and clock the test gives ({@code TestPluginContext}), and a stub of the vendor's HTTP service on a free local
 * port that answers as the test says and records what it was asked ({@code StubHttpService}); and the contract tests of
 * each extension point ({@code contract}), which a plugin's test class extends; and a client of the started server
 * the in-server tier runs a plugin in ({@code server}). Depends on the plugin API, JUnit's
 * API and the JDK only.
 */
module org.dunwell.plugin.testkit {
    requires transitive org.dunwell.plugin.api;
    requires jdk.httpserver;
    requires org.junit.jupiter.api;
    exports org.dunwell.plugin.testkit;
    exports org.dunwell.plugin.testkit.contract;
    exports org.dunwell.plugin.testkit.server;
    opens org.dunwell.plugin.testkit.contract to org.junit.platform.commons;
}
