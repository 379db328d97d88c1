package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.integrations.api.PluginConfigurationView;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.domain.ConfigurationStore;
import org.dunwell.integrations.domain.PluginConfiguration;
import org.dunwell.integrations.domain.SecretCipher;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/** Plugin configurations per company: changed at the expected version, secrets sealed, each change audited. */
@ApplicationScoped
@Transactional
public class PluginConfigurationService implements PluginConfigurations {

    private ConfigurationStore store;
    private SecretCipher cipher;
    private AuditTrail audit;
    private BusinessClock clock;

    protected PluginConfigurationService() {
    }

    @Inject
    public PluginConfigurationService(ConfigurationStore store, SecretCipher cipher, AuditTrail audit,
                                      BusinessClock clock) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PluginConfigurationView configuration(String company, String plugin) {
        return view(stored(company, PluginConfiguration.pluginId(plugin)));
    }

    @Override
    public List<PluginConfigurationView> configurations(String company) {
        return store.list(company).stream().map(PluginConfigurationService::view).toList();
    }

    @Override
    public PluginConfigurationView configure(String company, String plugin, PluginConfigurationChange change,
                                             Long expectedVersion, UserName actor) {
        PluginConfiguration before = stored(company, PluginConfiguration.pluginId(plugin));
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new StaleVersionException("plugin configuration", plugin, expectedVersion, before.version());
        }
        PluginConfiguration.Changed changed = before.change(change,
                (name, value) -> cipher.seal(value, context(company, plugin, name)), actor.value(), clock.now());
        if (changed.changes().isEmpty()) {
            return view(before);
        }
        store.save(changed.configuration());
        audit.recordAll(changed.changes().stream().map(c -> new AuditEntry(company, AUDIT_SUBJECT, plugin,
                before.version() == 0 ? "configured" : "changed", c.field(), c.from(), c.to(), change.reason(),
                actor.value(), clock.now())).toList());
        return view(changed.configuration());
    }

    @Override
    public Optional<PluginRuntimeConfiguration> enabled(String company, String plugin) {
        return store.find(company, plugin).filter(PluginConfiguration::enabled).map(c -> {
            Map<String, String> secrets = new TreeMap<>();
            c.sealedSecrets().forEach((name, sealed) -> secrets.put(name, cipher.open(sealed,
                    context(company, plugin, name))));
            return new PluginRuntimeConfiguration(company, plugin, c.settings(), secrets);
        });
    }

    private PluginConfiguration stored(String company, String plugin) {
        return store.find(company, plugin).orElseGet(() -> PluginConfiguration.unconfigured(company, plugin));
    }

    private static String context(String company, String plugin, String name) {
        return company + "/" + plugin + "/" + name;
    }

    private static PluginConfigurationView view(PluginConfiguration c) {
        return new PluginConfigurationView(c.plugin(), c.company(), c.enabled(), c.settings(),
                List.copyOf(c.sealedSecrets().keySet()), c.version(), c.changedBy(), c.changedAt());
    }
}
