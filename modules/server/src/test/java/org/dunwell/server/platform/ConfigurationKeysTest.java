package org.dunwell.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md lists every {@code dunwell.*} setting the server reads (a {@code @ConfigProperty}
 * of the WAR, a variable of liberty-config), and lists no other: an operator finds each knob there.
 */
class ConfigurationKeysTest {

    private static final Pattern KEY = Pattern.compile("dunwell\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    /** The rows of the table under "## Configuration" name them. */
    @Test
    void operationsMdListsExactlyTheSettingsTheServerReads() throws IOException, ClassNotFoundException {
        Set<String> read = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                List<ConfigProperty> properties = new ArrayList<>();
                for (Field field : type.getDeclaredFields()) {
                    properties.add(field.getAnnotation(ConfigProperty.class));
                }
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    for (Parameter parameter : constructor.getParameters()) {
                        properties.add(parameter.getAnnotation(ConfigProperty.class));
                    }
                }
                for (ConfigProperty property : properties) {
                    if (property != null && property.name().startsWith("dunwell.")) {
                        read.add(property.name());
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("..", "..", "liberty-config"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Matcher variable = Pattern.compile("(?:\\$\\{|name=\")(dunwell\\.[A-Za-z0-9.]+)[}\"]")
                        .matcher(Files.readString(file));
                while (variable.find()) {
                    read.add(variable.group(1));
                }
            }
        }
        assertThat(read).as("settings found in the code").contains("dunwell.company.default", "dunwell.jdbc.url",
                "dunwell.signin.maxFailuresPerUser");

        Set<String> documented = new TreeSet<>();
        String operations = Files.readString(Path.of("..", "..", "docs", "operations.md"));
        String table = operations.substring(operations.indexOf("## Configuration"),
                operations.indexOf("\n## ", operations.indexOf("## Configuration") + 5));
        for (String row : table.lines().filter(line -> line.startsWith("|")).toList()) {
            Matcher key = KEY.matcher(row);
            while (key.find()) {
                documented.add(key.group());
            }
        }
        assertThat(documented).as("the settings docs/operations.md (## Configuration) lists")
                .containsExactlyInAnyOrderElementsOf(read);
    }
}
