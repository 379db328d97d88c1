/** Extension points for integrations (credit bureau, credit insurance, collection agency). Depends on PF4J only. */
module org.dunwell.plugin.api {
    requires static pf4j;
    exports org.dunwell.plugin.api;
}
