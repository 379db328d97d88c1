package org.dunwell.integrations.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Violation;

/**
 * A plugin's configuration in one company as it is stored: enabled or not, its settings, its secrets sealed by the
 * {@link SecretCipher} (never in clear), the version a change must name, who changed it last and when.
 */
public record PluginConfiguration(String company, String plugin, boolean enabled, Map<String, String> settings,
                                  Map<String, String> sealedSecrets, long version, String changedBy,
                                  Instant changedAt) {

    /** Names of settings and secrets: a letter, then letters, digits, dots, dashes or underscores. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final Pattern PLUGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_ENTRIES = 50;
    public static final int MAX_VALUE = 2000;

    public PluginConfiguration {
        settings = new TreeMap<>(settings);
        sealedSecrets = new TreeMap<>(sealedSecrets);
    }

    /** A plugin never configured in the company: disabled, nothing set, version 0. */
    public static PluginConfiguration unconfigured(String company, String plugin) {
        return new PluginConfiguration(company, plugin, false, Map.of(), Map.of(), 0, null, null);
    }

    /** @throws InvalidInputException when the id cannot be a plugin's */
    public static String pluginId(String id) {
        if (id == null || !PLUGIN_ID.matcher(id).matches()) {
            throw InvalidInputException.ofField("plugin", "is not a plugin id: letters, digits, '.', '-' or '_'"
                    + " (at most 64)");
        }
        return id;
    }

    /**
     * The configuration after the change, and what changed for the audit trail (secret values never in it):
     * {@code seal} turns a secret's name and value into what is stored.
     *
     * @throws InvalidInputException naming every field that is wrong, nothing applied
     */
    public Changed change(PluginConfigurationChange change, BinaryOperator<String> seal, String actor, Instant at) {
        Objects.requireNonNull(change, "change");
        List<Violation> problems = new ArrayList<>();
        if (change.reason() == null || change.reason().isBlank()) {
            problems.add(Violation.ofField("reason", "is required: it is recorded in the audit trail"));
        }
        check("settings", change.settings(), problems);
        check("secrets", change.secrets(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the plugin configuration is not valid", problems);
        }
        List<FieldChange> changes = new ArrayList<>();
        boolean nowEnabled = change.enabled() != null ? change.enabled() : enabled;
        if (nowEnabled != enabled) {
            changes.add(new FieldChange("enabled", String.valueOf(enabled), String.valueOf(nowEnabled)));
        }
        Map<String, String> nowSettings = new TreeMap<>(settings);
        if (change.settings() != null) {
            nowSettings = new TreeMap<>(change.settings());
            for (String name : union(settings, nowSettings)) {
                String before = settings.get(name);
                String after = nowSettings.get(name);
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange("settings." + name, before, after));
                }
            }
        }
        Map<String, String> nowSecrets = new TreeMap<>(sealedSecrets);
        if (change.secrets() != null) {
            for (Map.Entry<String, String> secret : new TreeMap<>(change.secrets()).entrySet()) {
                String name = secret.getKey();
                boolean had = sealedSecrets.containsKey(name);
                if (secret.getValue() == null || secret.getValue().isEmpty()) {
                    if (nowSecrets.remove(name) != null) {
                        changes.add(new FieldChange("secrets." + name, "(set)", null));
                    }
                } else {
                    nowSecrets.put(name, seal.apply(name, secret.getValue()));
                    changes.add(new FieldChange("secrets." + name, had ? "(set)" : null, had ? "(replaced)" : "(set)"));
                }
            }
        }
        if (nowSettings.size() + nowSecrets.size() > MAX_ENTRIES) {
            throw InvalidInputException.ofField("settings", "a plugin holds at most " + MAX_ENTRIES
                    + " settings and secrets together");
        }
        PluginConfiguration after = new PluginConfiguration(company, plugin, nowEnabled, nowSettings, nowSecrets,
                version + 1, actor, at);
        return new Changed(after, changes);
    }

    private static void check(String field, Map<String, String> entries, List<Violation> problems) {
        if (entries == null) {
            return;
        }
        if (entries.size() > MAX_ENTRIES) {
            problems.add(Violation.ofField(field, "at most " + MAX_ENTRIES + " entries"));
            return;
        }
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey() == null || !NAME.matcher(entry.getKey()).matches()) {
                problems.add(Violation.ofField(field + "." + entry.getKey(), "is not a name: a letter, then letters,"
                        + " digits, '.', '-' or '_' (at most 64)"));
            } else if ("settings".equals(field) && entry.getValue() == null) {
                problems.add(Violation.ofField(field + "." + entry.getKey(), "needs a value"));
            } else if (entry.getValue() != null && entry.getValue().length() > MAX_VALUE) {
                problems.add(Violation.ofField(field + "." + entry.getKey(), "is longer than " + MAX_VALUE
                        + " characters"));
            }
        }
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return List.copyOf(all.keySet());
    }

    /** The configuration after a change and its field changes (secret values never among them). */
    public record Changed(PluginConfiguration configuration, List<FieldChange> changes) {
    }

    /** One changed field: {@code enabled}, {@code settings.<name>} or {@code secrets.<name>}. */
    public record FieldChange(String field, String from, String to) {
    }
}
