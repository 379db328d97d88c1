package org.dunwell.server.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plugin jars built in a test from classes of {@code org.dunwell.testplugins}, as the plugins' parent POM builds one. */
final class PluginJars {

    static final String ALL_OF_VERSION_1 = ">=1.0.0 & <2.0.0";

    private PluginJars() {
    }

    /** A jar with the manifest, the classes and PF4J's extensions index, named {@code <id>.jar} in the folder. */
    static void write(Path folder, String id, String requires, Class<?>... extensions) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Requires", requires);
        main.putValue("Plugin-Provider", "Dunwell tests");
        try (OutputStream file = Files.newOutputStream(folder.resolve(id + ".jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            StringBuilder index = new StringBuilder();
            for (Class<?> extension : extensions) {
                String path = extension.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(path));
                try (InputStream bytes = extension.getClassLoader().getResourceAsStream(path)) {
                    bytes.transferTo(jar);
                }
                index.append(extension.getName()).append('\n');
            }
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.write(index.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
