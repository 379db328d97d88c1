package org.dunwell.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.Documents;

/**
 * The dependency rules of docs/architecture.md as ArchUnit rules. The Maven Enforcer checks
 * the same at the POM level (bannedDependencies in each module).
 */
final class ArchitectureRules {

    private static final String[] DOMAIN = {
            "org.dunwell.kernel..", "org.dunwell.ledger..", "org.dunwell.credit..",
            "org.dunwell.collections..", "org.dunwell.dunning..", "org.dunwell.integrations.."};

    /** Domain modules never reach the WAR, the runtime, the AI library or the plugin framework. */
    static final ArchRule DOMAIN_IS_PURE = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.dunwell.server..", "com.ibm..", "io.openliberty..", "dev.langchain4j..", "org.pf4j..")
            .because("the domain must run and be tested without the server, Liberty, LangChain4j or PF4J");

    /** The AI module may use LangChain4j, but not the server, Liberty or PF4J. */
    static final ArchRule AI_STAYS_OUT_OF_THE_SERVER = noClasses().that().resideInAPackage("org.dunwell.ai..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.dunwell.server..", "com.ibm..", "io.openliberty..", "org.pf4j..");

    /** The plugin API depends on PF4J and the JDK only: plugins see nothing of ours. */
    static final ArchRule PLUGIN_API_STANDS_ALONE = classes().that().resideInAPackage("org.dunwell.plugin..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.pf4j..",
                    "org.dunwell.plugin..")
            .because("plugins are built against the plugin API alone");

    /**
     * Dependencies point inward: kernel <- ledger <- credit <- collections <- dunning <- ai <- server, and
     * kernel <- ledger <- credit <- collections <- dunning <- integrations <- server.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Kernel").definedBy("org.dunwell.kernel..")
            .layer("Ledger").definedBy("org.dunwell.ledger..")
            .layer("Credit").definedBy("org.dunwell.credit..")
            .layer("Collections").definedBy("org.dunwell.collections..")
            .layer("Dunning").definedBy("org.dunwell.dunning..")
            .layer("AI").definedBy("org.dunwell.ai..")
            .layer("Integrations").definedBy("org.dunwell.integrations..")
            .layer("Server").definedBy("org.dunwell.server..")
            .whereLayer("Server").mayNotBeAccessedByAnyLayer()
            .whereLayer("AI").mayOnlyBeAccessedByLayers("Server")
            .whereLayer("Integrations").mayOnlyBeAccessedByLayers("Server")
            .whereLayer("Dunning").mayOnlyBeAccessedByLayers("AI", "Integrations", "Server")
            .whereLayer("Collections").mayOnlyBeAccessedByLayers("Dunning", "AI", "Integrations", "Server")
            .whereLayer("Credit").mayOnlyBeAccessedByLayers("Collections", "Dunning", "AI", "Integrations", "Server")
            .whereLayer("Ledger").mayOnlyBeAccessedByLayers("Credit", "Collections", "Dunning", "AI", "Integrations",
                    "Server");

    /** The server talks to the domain through the modules' api packages only. */
    static final ArchRule SERVER_USES_MODULE_APIS = noClasses().that().resideInAPackage("org.dunwell.server..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.dunwell.*.domain..", "org.dunwell.*.application..", "org.dunwell.*.infrastructure..")
            .because("a module's internals may change without the server noticing");

    /**
     * The server knows plugins through the plugin API only: the reference plugins and the vendors' sandboxes are on its
     * build path for the demo server's folders, never for its code.
     */
    static final ArchRule SERVER_NEVER_NAMES_A_PLUGIN = noClasses().that().resideInAPackage("org.dunwell.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dunwell.plugins..", "org.dunwell.sandboxes..")
            .because("a plugin is loaded from the plugins folder, behind the plugin API, or not at all");

    /**
     * Persistence lives in each module's {@code infrastructure} package, behind the repository interfaces of
     * its {@code domain}: services and domain classes never touch an EntityManager, a query or JDBC.
     * (Entities keep their JPA mapping annotations.)
     */
    static final ArchRule PERSISTENCE_ONLY_IN_INFRASTRUCTURE = noClasses().that().resideInAnyPackage(
                    "org.dunwell.*.application..", "org.dunwell.*.domain..")
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class,
                    EntityManagerFactory.class, Query.class,
                    TypedQuery.class, PersistenceContext.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("SQL and the entity manager belong in infrastructure, behind domain repositories");

    /**
     * Who sees which customer is decided in one place, by the modules' scoped ports: the server hands them the
     * caller's scope and never looks a customer or a document up without it (and then checks by hand).
     */
    static final ArchRule SERVER_LOOKS_UP_THROUGH_THE_SCOPE = noClasses().that()
            .resideInAPackage("org.dunwell.server..")
            .should().callMethod(Customers.class, "get", String.class, String.class)
            .orShould().callMethod(Documents.class, "get", String.class, String.class)
            .orShould().callMethod(Documents.class, "getForUpdate", String.class,
                    String.class)
            .because("a customer outside the caller's scope must be not found by the same path as a missing one");

    /** Batch jobs are started, restarted and read through the one jobs port, from a request or the schedule. */
    static final ArchRule JOBS_THROUGH_ONE_PORT = noClasses().that().resideInAPackage("org.dunwell..")
            .and().resideOutsideOfPackage("org.dunwell.server.jobs..")
            .should().dependOnClassesThat().belongToAnyOf(BatchRuntime.class,
                    JobOperator.class)
            .because("every run carries its company and date for /jobs, and a run that cannot start is 503");

    static final List<ArchRule> ALL = List.of(DOMAIN_IS_PURE, AI_STAYS_OUT_OF_THE_SERVER, PLUGIN_API_STANDS_ALONE,
            LAYERS, SERVER_USES_MODULE_APIS, SERVER_NEVER_NAMES_A_PLUGIN, PERSISTENCE_ONLY_IN_INFRASTRUCTURE, SERVER_LOOKS_UP_THROUGH_THE_SCOPE,
            JOBS_THROUGH_ONE_PORT);

    private ArchitectureRules() {
    }
}
