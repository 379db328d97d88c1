package org.dunwell.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web workspace loads nothing the WAR does not hold: every address of index.html's import map is a
 * file of a WebJar the server depends on (a version bump that forgets the map fails here), every
 * module a script imports by path exists, and no page or script names another site.
 */
class WorkspaceAssetsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern MAPPED = Pattern.compile("\"[^\"]+\":\\s*\"\\./([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+)'");

    @Test
    void everyAddressOfTheImportMapIsAFileOfAWebJarOnTheClassPath() throws IOException {
        Matcher mapped = MAPPED.matcher(Files.readString(WEBAPP.resolve("index.html")));
        List<String> addresses = new ArrayList<>();
        while (mapped.find()) {
            addresses.add(mapped.group(1));
        }
        assertThat(addresses).hasSize(3);
        for (String address : addresses) {
            assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + address))
                    .as("the WebJar file behind %s", address).isNotNull();
        }
    }

    @Test
    void everyModuleAScriptImportsByPathExists() throws IOException {
        try (Stream<Path> scripts = Files.list(WEBAPP.resolve("app"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher imported = IMPORT.matcher(Files.readString(script));
                while (imported.find()) {
                    assertThat(script.resolveSibling(imported.group(1))).as("imported by %s", script).exists();
                }
            }
        }
    }

    @Test
    void noPageOrScriptLoadsAnythingFromAnotherSite() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(html|js|css)$")).toList()) {
                assertThat(Files.readString(file)).as("%s", file).doesNotContainPattern("(src|href)=\"https?://")
                        .doesNotContain("import('http").doesNotContain("from 'http").doesNotContain("url(http");
            }
        }
    }
}
