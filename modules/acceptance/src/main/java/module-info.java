/**
 * Talks to a running Dunwell server over HTTP as the demo users: used by the in-server
 * tests of this module and by benchmarks that drive the API.
 */
module org.dunwell.acceptance {
    requires transitive java.net.http;
    requires transitive jakarta.json;
    requires org.assertj.core;
    exports org.dunwell.acceptance;
}
