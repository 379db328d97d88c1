package org.dunwell.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauSubject;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.testkit.Stubs;
import org.dunwell.testplugins.ExampleBureau;
import org.dunwell.testplugins.MisbehavingBureau;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau gateway over real plugin jars, one of them broken on purpose: a plugin that throws, hangs, answers null
 * or garbage never breaks the caller (a 503 with a clear message, within the timeout), a refusal or a bad
 * configuration is the user's to act on (422), the breaker opens after repeated failures and shows in the plugin's
 * view, each outcome is recorded for the metrics, and a well-formed report arrives in Dunwell's terms.
 */
class PluginBureauGatewayTest {

    @TempDir
    Path folder;

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private Plugins plugins;
    private PluginBureauGateway gateway;

    @BeforeEach
    void start() throws IOException {
        PluginJars.write(folder, "bureau-example", PluginJars.ALL_OF_VERSION_1, ExampleBureau.class);
        PluginJars.write(folder, "bureau-broken", PluginJars.ALL_OF_VERSION_1, MisbehavingBureau.class);
        plugins = new Plugins();
        plugins.folder = folder.toString();
        plugins.timeoutSeconds = 1;
        plugins.concurrentCalls = 2;
        plugins.executor = executor;
        plugins.clock = BusinessClock.fixedAt(LocalDate.of(2026, 12, 4));
        plugins.start((plugin, operation, outcome, took) -> recorded.add(plugin + " " + operation + " " + outcome));
        gateway = new PluginBureauGateway();
        gateway.plugins = plugins;
        gateway.configurations = Stubs.of(PluginConfigurations.class, Map.of("enabled", a -> "DW02".equals(a[0])
                ? Optional.empty() : Optional.of(new PluginRuntimeConfiguration((String) a[0], (String) a[1],
                Map.of("limit", "30000"), Map.of()))));
    }

    @AfterEach
    void stop() {
        plugins.stop();
        executor.shutdownNow();
    }

    private Optional<BureauFinding> ask(String name) {
        return gateway.report("DW01", "bureau-broken", new BureauSubject("HRB 1", name, "DE"));
    }

    @Test
    void aWellFormedReportArrivesInDunwellsTerms() {
        assertThat(gateway.bureauPlugins()).containsExactly("bureau-broken", "bureau-example");
        BureauFinding finding = ask("Kunde GmbH").orElseThrow();
        assertThat(finding.score()).as("412 on 100..600 is 62.4 of 100").isEqualTo(62);
        assertThat(finding.bureauScore()).isEqualTo("412 (100 worst, 600 best)");
        assertThat(finding.recommendedLimit()).as("a limit is rounded down").isEqualTo(Money.of("25000.12", "EUR"));
        assertThat(finding.reportDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(gateway.report("DW01", "bureau-example", new BureauSubject(null, "X", "DE")).orElseThrow()
                .recommendedLimit()).as("the company's settings reach the plugin").isEqualTo(Money.of("30000", "EUR"));
        assertThat(recorded).contains("bureau-broken bureau.report OK", "bureau-example bureau.report OK");
    }

    @Test
    void aPluginThatThrowsAnswersNullOrGarbageIsUnavailableNotAServerError() {
        for (String garbage : List.of("throw", "null", "bad-currency", "long-name")) {
            assertThatThrownBy(() -> ask(garbage)).as(garbage).isInstanceOf(UnavailableException.class)
                    .hasMessageStartingWith("credit bureau reports are unavailable: the plugin bureau-broken failed");
        }
        assertThat(recorded).containsOnly("bureau-broken bureau.report FAILED");
    }

    @Test
    void aHangingPluginIsCutOffAtTheTimeoutAndABusyOneIsRetriedOnce() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> ask("hang")).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("did not answer within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(ask("busy-once")).isPresent();
        assertThat(recorded).containsExactly("bureau-broken bureau.report TIMEOUT", "bureau-broken bureau.report OK");
    }

    @Test
    void aRefusalOrABadConfigurationIsTheUsersToActOnAndDoesNotOpenTheBreaker() {
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> ask("refuse")).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("refused the query: registration number unknown");
        }
        assertThatThrownBy(() -> ask("misconfigured")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("an administrator corrects it under /plugins");
        assertThat(plugins.calls().breakerState("bureau-broken")).isEqualTo("closed");
        assertThatThrownBy(() -> gateway.report("DW02", "bureau-broken", new BureauSubject(null, "x", "DE")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not enabled for DW02");
        assertThat(recorded).contains("bureau-broken bureau.report REFUSED", "bureau-broken bureau.report MISCONFIGURED");
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichAnswersAtOnceAndShowsInThePluginsView() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ask("throw")).isInstanceOf(UnavailableException.class);
        }
        assertThat(plugins.calls().breakerState("bureau-broken")).isEqualTo("open");
        assertThatThrownBy(() -> ask("Kunde GmbH")).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("circuit breaker open");
        assertThat(recorded).last().isEqualTo("bureau-broken bureau.report BREAKER_OPEN");
        assertThat(plugins.list()).filteredOn(p -> p.id().equals("bureau-broken")).singleElement()
                .satisfies(p -> assertThat(p.breaker()).isEqualTo("open"));
        assertThat(gateway.report("DW01", "bureau-example", new BureauSubject(null, "X", "DE")))
                .as("another plugin is not affected").isPresent();
    }
}
