package org.dunwell.integrations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dunwell.integrations.domain.ConfigurationStore;
import org.dunwell.integrations.domain.PluginConfiguration;
import org.dunwell.kernel.api.ConflictException;

/** Plugin configurations with JDBC: a head row at a version, one row per setting or sealed secret. */
@ApplicationScoped
public class JdbcConfigurationStore implements ConfigurationStore {

    private static final String HEADS = "SELECT company_code, plugin_id, enabled, version, changed_by, changed_at"
            + " FROM plugin_configuration WHERE company_code = ?";
    private static final String ENTRIES = "SELECT plugin_id, kind, name, setting_value FROM plugin_setting"
            + " WHERE company_code = ?";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JdbcConfigurationStore() {
    }

    public JdbcConfigurationStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public Optional<PluginConfiguration> find(String company, String plugin) {
        return read(company, plugin).stream().findFirst();
    }

    @Override
    public List<PluginConfiguration> list(String company) {
        return read(company, null);
    }

    private List<PluginConfiguration> read(String company, String plugin) {
        String only = plugin == null ? "" : " AND plugin_id = ?";
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, Map<String, String>> settings = new TreeMap<>();
        Map<String, Map<String, String>> secrets = new TreeMap<>();
        try (PreparedStatement head = connection().prepareStatement(HEADS + only + " ORDER BY plugin_id");
             PreparedStatement entry = connection().prepareStatement(ENTRIES + only)) {
            bindKey(head, company, plugin);
            try (ResultSet rs = head.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString("plugin_id"), new Object[] {rs.getInt("enabled") == 1,
                        rs.getLong("version"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()});
                }
            }
            bindKey(entry, company, plugin);
            try (ResultSet rs = entry.executeQuery()) {
                while (rs.next()) {
                    Map<String, Map<String, String>> into = "K".equals(rs.getString("kind")) ? secrets : settings;
                    into.computeIfAbsent(rs.getString("plugin_id"), p -> new TreeMap<>())
                            .put(rs.getString("name"), rs.getString("setting_value"));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
        List<PluginConfiguration> all = new ArrayList<>();
        heads.forEach((id, h) -> all.add(new PluginConfiguration(company, id, (Boolean) h[0],
                settings.getOrDefault(id, Map.of()), secrets.getOrDefault(id, Map.of()), (Long) h[1], (String) h[2],
                (java.time.Instant) h[3])));
        return all;
    }

    private static void bindKey(PreparedStatement statement, String company, String plugin) throws SQLException {
        statement.setString(1, company);
        if (plugin != null) {
            statement.setString(2, plugin);
        }
    }

    @Override
    public void save(PluginConfiguration c) {
        try {
            if (c.version() == 1) {
                insertHead(c);
            } else {
                updateHead(c);
            }
            try (PreparedStatement delete = connection().prepareStatement(
                    "DELETE FROM plugin_setting WHERE company_code = ? AND plugin_id = ?")) {
                delete.setString(1, c.company());
                delete.setString(2, c.plugin());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection().prepareStatement("INSERT INTO plugin_setting"
                    + " (company_code, plugin_id, kind, name, setting_value) VALUES (?, ?, ?, ?, ?)")) {
                add(insert, c, "S", c.settings());
                add(insert, c, "K", c.sealedSecrets());
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private void insertHead(PluginConfiguration c) throws SQLException {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO plugin_configuration"
                + " (company_code, plugin_id, enabled, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, c.company());
            insert.setString(2, c.plugin());
            insert.setInt(3, c.enabled() ? 1 : 0);
            insert.setLong(4, c.version());
            insert.setString(5, c.changedBy());
            insert.setTimestamp(6, Timestamp.from(c.changedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // someone configured the plugin in the company first
                throw changedMeanwhile(c);
            }
            throw e;
        }
    }

    private void updateHead(PluginConfiguration c) throws SQLException {
        try (PreparedStatement update = connection().prepareStatement("UPDATE plugin_configuration SET enabled = ?,"
                + " version = ?, changed_by = ?, changed_at = ? WHERE company_code = ? AND plugin_id = ?"
                + " AND version = ?")) {
            update.setInt(1, c.enabled() ? 1 : 0);
            update.setLong(2, c.version());
            update.setString(3, c.changedBy());
            update.setTimestamp(4, Timestamp.from(c.changedAt()));
            update.setString(5, c.company());
            update.setString(6, c.plugin());
            update.setLong(7, c.version() - 1);
            if (update.executeUpdate() != 1) {
                throw changedMeanwhile(c);
            }
        }
    }

    private static ConflictException changedMeanwhile(PluginConfiguration c) {
        return new ConflictException("the configuration of plugin " + c.plugin() + " in " + c.company()
                + " was changed by someone else meanwhile; reload it and try again");
    }

    private static void add(PreparedStatement insert, PluginConfiguration c, String kind, Map<String, String> entries)
            throws SQLException {
        for (Map.Entry<String, String> e : entries.entrySet()) {
            insert.setString(1, c.company());
            insert.setString(2, c.plugin());
            insert.setString(3, kind);
            insert.setString(4, e.getKey());
            insert.setString(5, e.getValue());
            insert.addBatch();
        }
    }
}
