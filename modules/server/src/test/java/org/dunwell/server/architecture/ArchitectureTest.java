package org.dunwell.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the architecture rules over every production class of every module (the server's
 * test class path holds them all), and proves each rule bites on a class planted in the
 * test sources that breaks it.
 */
class ArchitectureTest {

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dunwell");
        // everything, planted test classes included, so that the planted classes' targets are known too
        planted = new ClassFileImporter().importPackages("org.dunwell");
    }

    @Test
    void productionCodeKeepsEveryRule() {
        assertThat(production.stream().map(c -> c.getPackageName()))
                .as("the import sees every module").contains("org.dunwell.kernel.api", "org.dunwell.ledger.api",
                        "org.dunwell.plugin.api", "org.dunwell.server.problem");
        assertThat(production.stream().filter(c -> c.getPackageName().contains("planted"))).isEmpty();
        for (ArchRule rule : ArchitectureRules.ALL) {
            rule.check(production);
        }
    }

    @Test
    void aDomainClassThatReachesIntoTheServerIsCaught() {
        assertViolation(ArchitectureRules.DOMAIN_IS_PURE, "LedgerReachingIntoTheServer");
    }

    @Test
    void aDomainClassThatUsesPf4jIsCaught() {
        assertViolation(ArchitectureRules.DOMAIN_IS_PURE, "CreditUsingPf4j");
    }

    @Test
    void aPluginApiThatKnowsTheLedgerIsCaught() {
        assertViolation(ArchitectureRules.PLUGIN_API_STANDS_ALONE, "PluginApiKnowingTheLedger");
    }

    @Test
    void aKernelThatDependsOnTheLedgerIsCaught() {
        assertViolation(ArchitectureRules.LAYERS, "KernelReachingUp");
    }

    @Test
    void aServerClassThatNamesAReferencePluginIsCaught() {
        assertViolation(ArchitectureRules.SERVER_NEVER_NAMES_A_PLUGIN, "ServerCallingAReferencePlugin");
    }

    @Test
    void aServiceThatQueriesTheDatabaseItselfIsCaught() {
        assertViolation(ArchitectureRules.PERSISTENCE_ONLY_IN_INFRASTRUCTURE, "ServiceWithAnEntityManager");
    }

    @Test
    void aResourceThatLooksACustomerUpWithoutTheScopeIsCaught() {
        assertViolation(ArchitectureRules.SERVER_LOOKS_UP_THROUGH_THE_SCOPE, "ResourceCheckingVisibilityByHand");
    }

    @Test
    void aResourceThatStartsABatchJobItselfIsCaught() {
        assertViolation(ArchitectureRules.JOBS_THROUGH_ONE_PORT, "ResourceStartingAJob");
    }

    private static void assertViolation(ArchRule rule, String plantedClass) {
        assertThat(planted.stream().map(c -> c.getSimpleName())).contains(plantedClass);
        assertThat(production.stream().map(c -> c.getSimpleName())).doesNotContain(plantedClass);
        assertThatThrownBy(() -> rule.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(plantedClass);
    }
}
