package org.dunwell.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.PluginApiVersion;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.PluginSettings;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.testplugins.EntityGrabbingBureau;
import org.dunwell.testplugins.ExampleBureau;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin host over a folder of plugin jars built here from {@code org.dunwell.testplugins}: a plugin starts
 * and answers through the API's types, one that needs another API version is refused naming both, one that
 * reaches for an entity or the host's classes cannot load them, and an unreadable jar stops nobody.
 */
class PluginHostTest {

    private static final String ALL_OF_VERSION_1 = ">=1.0.0 & <2.0.0";

    @TempDir
    Path folder;

    private PluginHost host;

    @AfterEach
    void stop() {
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void aPluginStartsAndAnswersThroughTheApisOwnTypes() throws IOException {
        pluginJar("bureau-example", ALL_OF_VERSION_1, ExampleBureau.class);
        host = started();

        assertThat(host.plugins()).singleElement().satisfies(plugin -> {
            assertThat(plugin.state()).isEqualTo("started");
            assertThat(plugin.problem()).isNull();
            assertThat(plugin.provides()).containsExactly("CreditBureauProvider");
            assertThat(plugin.requires()).isEqualTo(ALL_OF_VERSION_1);
        });
        CreditBureauProvider bureau = host.extensions(CreditBureauProvider.class, "bureau-example").get(0);
        assertThat(bureau.getClass().getClassLoader()).as("the plugin's own class loader")
                .isNotSameAs(getClass().getClassLoader());
        Optional<BureauReport> report = bureau.report(new CompanyQuery("HRB 1", "Example GmbH", "DE", null),
                context(Map.of("limit", "25000")));
        assertThat(report).get().satisfies(found -> {
            assertThat(found.recommendedLimit().amount()).isEqualByComparingTo(new BigDecimal("25000"));
            assertThat(found.reportDate()).hasToString("2026-12-04");
            assertThat(found.score().normalised()).isEqualByComparingTo("72");
        });
    }

    @Test
    void aPluginThatNeedsAnotherApiVersionIsRefusedNamingBoth() throws IOException {
        pluginJar("bureau-of-the-future", ">=2.0.0 & <3.0.0", ExampleBureau.class);
        pluginJar("bureau-example", ALL_OF_VERSION_1, ExampleBureau.class);
        host = started();

        PluginView refused = host.plugins().get(1);
        assertThat(refused.id()).isEqualTo("bureau-of-the-future");
        assertThat(refused.state()).isEqualTo("disabled");
        assertThat(refused.problem()).contains(">=2.0.0 & <3.0.0").contains("plugin API " + PluginApiVersion.CURRENT);
        assertThat(host.extensions(CreditBureauProvider.class, "bureau-of-the-future")).isEmpty();
        assertThat(host.plugins().get(0).state()).isEqualTo("started");
    }

    @Test
    void aPluginSeesNeitherTheEntitiesNorTheEntityManagerNorTheHostsClasses() throws Exception {
        pluginJar("grabber", ALL_OF_VERSION_1, EntityGrabbingBureau.class);
        host = started();
        CreditBureauProvider grabber = host.extensions(CreditBureauProvider.class, "grabber").get(0);
        PluginContext context = context(Map.of());

        assertThatThrownBy(() -> grabber.report(new CompanyQuery(null, "entity", "DE", null), context))
                .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("org/dunwell/ledger/domain/customer/Customer");
        assertThatThrownBy(() -> grabber.report(new CompanyQuery(null, "any", "DE", null), context))
                .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("jakarta/persistence/EntityManager");
        ClassLoader plugin = grabber.getClass().getClassLoader();
        assertThatThrownBy(() -> plugin.loadClass(PluginHost.class.getName())).isInstanceOf(ClassNotFoundException.class);
        assertThat(plugin.loadClass(CreditBureauProvider.class.getName())).as("the API is the host's")
                .isSameAs(CreditBureauProvider.class);
        assertThat(plugin.loadClass("javax.crypto.Mac")).as("the JDK stays visible").isNotNull();
    }

    @Test
    void anUnreadableJarStopsNoOtherPlugin() throws IOException {
        Files.write(folder.resolve("broken.jar"), "not a jar at all".getBytes(StandardCharsets.UTF_8));
        pluginJar("bureau-example", ALL_OF_VERSION_1, ExampleBureau.class);
        host = started();
        assertThat(host.extensions(CreditBureauProvider.class)).hasSize(1);
    }

    private PluginHost started() {
        PluginHost started = new PluginHost(folder, getClass().getClassLoader());
        started.start();
        return started;
    }

    private void pluginJar(String id, String requires, Class<?>... extensions) throws IOException {
        PluginJars.write(folder, id, requires, extensions);
    }

    private static PluginContext context(Map<String, String> settings) {
        return new PluginContext() {
            @Override
            public String company() {
                return "DW01";
            }

            @Override
            public PluginSettings settings() {
                return new PluginSettings(settings);
            }

            @Override
            public Optional<String> secret(String name) {
                return Optional.empty();
            }

            @Override
            public String accessToken() {
                throw new UnsupportedOperationException();
            }

            @Override
            public PluginHttp http() {
                return new PluginHttp() {
                    @Override
                    public HttpResponse<String> send(HttpRequest request) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public System.Logger logger() {
                return System.getLogger("test-plugin");
            }

            @Override
            public Clock clock() {
                return Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
            }
        };
    }
}
