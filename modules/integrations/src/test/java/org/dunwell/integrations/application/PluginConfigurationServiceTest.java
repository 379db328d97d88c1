package org.dunwell.integrations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.integrations.api.PluginConfigurationView;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.domain.PluginConfiguration;
import org.dunwell.integrations.infrastructure.AesGcmSecretCipher;
import org.dunwell.integrations.infrastructure.JdbcConfigurationStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.Stubs;
import org.dunwell.testkit.TestDatabase;

/** Plugin configurations in the real tables on both databases: secrets sealed at rest, never returned, audited. */
class PluginConfigurationServiceTest {

    private static final UserName ADMIN = UserName.of("admin");

    private static final class World {
        final TestDatabase db;
        final List<AuditEntry> audited = new ArrayList<>();
        final String company = "PC" + System.nanoTime() % 1_000_000_000L;
        final AesGcmSecretCipher cipher = new AesGcmSecretCipher(key());

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
        }

        <T> T tx(Function<PluginConfigurationService, T> work) {
            Function<EntityManager, T> inTx = em -> {
                AuditTrail audit = Stubs.of(AuditTrail.class, Map.of("recordAll", a -> {
                    @SuppressWarnings("unchecked")
                    List<AuditEntry> entries = (List<AuditEntry>) a[0];
                    audited.addAll(entries);
                    return null;
                }));
                return work.apply(new PluginConfigurationService(new JdbcConfigurationStore(em), cipher, audit,
                        BusinessClock.fixedAt(LocalDate.of(2026, 12, 4))));
            };
            return db.inTransaction("integrations-test", inTx);
        }

        private static byte[] key() {
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) 7);
            return key;
        }
    }

    @DatabaseTest
    void aConfigurationIsStoredWithSealedSecretsAndReturnedWithTheirNamesOnly(TestDatabase db) throws Exception {
        World w = new World(db);
        PluginConfigurationView never = w.tx(s -> s.configuration(w.company, "bureau"));
        assertThat(never.enabled()).isFalse();
        assertThat(never.version()).isZero();
        Optional<PluginRuntimeConfiguration> none = w.tx(s -> s.enabled(w.company, "bureau"));
        assertThat(none).isEmpty();

        PluginConfigurationView view = w.tx(s -> s.configure(w.company, "bureau", new PluginConfigurationChange(true,
                Map.of("baseUrl", "https://bureau.test"), Map.of("apiKey", "s3cr3t"), "contract signed"), 0L, ADMIN));
        assertThat(view.enabled()).isTrue();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.secrets()).containsExactly("apiKey");
        assertThat(view.toString()).doesNotContain("s3cr3t");
        assertThat(view.changedBy()).isEqualTo("admin");

        PluginRuntimeConfiguration runtime = w.tx(s -> s.enabled(w.company, "bureau")).orElseThrow();
        assertThat(runtime.secrets()).containsExactly(Map.entry("apiKey", "s3cr3t"));
        assertThat(runtime.settings()).containsExactly(Map.entry("baseUrl", "https://bureau.test"));
        assertThat(runtime.toString()).doesNotContain("s3cr3t");

        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT setting_value FROM plugin_setting WHERE company_code = '"
                     + w.company + "' AND kind = 'K'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("s3cr3t");
        }
        assertThat(w.audited).extracting(AuditEntry::field).containsExactly("enabled", "settings.baseUrl",
                "secrets.apiKey");
        assertThat(w.audited).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo("contract signed");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.toString()).doesNotContain("s3cr3t");
        });
    }

    @DatabaseTest
    void aDisabledPluginIsNotCalledAndAStaleOrRacingChangeIsRefused(TestDatabase db) {
        World w = new World(db);
        w.tx(s -> s.configure(w.company, "bureau", new PluginConfigurationChange(true, Map.of(), Map.of(), "on"),
                0L, ADMIN));
        PluginConfigurationView off = w.tx(s -> s.configure(w.company, "bureau",
                new PluginConfigurationChange(false, null, null, "contract ended"), 1L, ADMIN));
        assertThat(off.version()).isEqualTo(2);
        Optional<PluginRuntimeConfiguration> off2 = w.tx(s -> s.enabled(w.company, "bureau"));
        assertThat(off2).isEmpty();
        assertThatThrownBy(() -> w.tx(s -> s.configure(w.company, "bureau",
                new PluginConfigurationChange(true, null, null, "again"), 1L, ADMIN)))
                .isInstanceOf(StaleVersionException.class);
        // two servers configuring a plugin for the first time at once: the second finds the first's row
        PluginConfiguration first = PluginConfiguration.unconfigured(w.company, "other").change(
                new PluginConfigurationChange(true, null, null, "first"), (n, v) -> v, "admin", Instant.EPOCH)
                .configuration();
        Consumer<EntityManager> save = em -> new JdbcConfigurationStore(em).save(first);
        db.inTransaction("integrations-test", save);
        assertThatThrownBy(() -> db.inTransaction("integrations-test", save))
                .isInstanceOf(ConflictException.class);
        List<PluginConfigurationView> all = w.tx(s -> s.configurations(w.company));
        assertThat(all).extracting(PluginConfigurationView::plugin)
                .containsExactly("bureau", "other");
    }
}
