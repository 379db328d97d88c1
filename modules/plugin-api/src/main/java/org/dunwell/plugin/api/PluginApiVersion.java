package org.dunwell.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this API, semantic versioning: a plugin built against 1.x runs on every host with a 1.y API,
 * y &ge; x. A plugin states the range it needs in its manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0});
 * the host refuses one whose range does not hold this version, naming both.
 */
public final class PluginApiVersion {

    /** This API's version, from the build (the artifact's version). */
    public static final String CURRENT = read();

    private PluginApiVersion() {
    }

    /** The major version: a plugin compiled against another major version is refused. */
    public static int major() {
        return Integer.parseInt(CURRENT.split("\\.")[0]);
    }

    private static String read() {
        try (InputStream in = PluginApiVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/dunwell/plugin/api/version.properties is missing from the plugin API");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
