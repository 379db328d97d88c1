package org.dunwell.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module lists its persistent classes once, in {@code META-INF/orm-<module>.xml}; every persistence unit
 * names those files. The list is exactly the module's classes annotated {@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} or {@code @Converter}: a new entity left out (or a stale name left in) fails here
 * instead of at the first query in the server.
 */
class PersistentClassListsTest {

    private static final Pattern LISTED = Pattern.compile("<(?:entity|embeddable|mapped-superclass|converter)"
            + " class=\"([^\"]+)\"");
    private static final List<Class<? extends Annotation>> PERSISTENT = List.of(
            Entity.class, Embeddable.class,
            MappedSuperclass.class, Converter.class);

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "credit", "collections", "dunning"})
    void theModulesMappingFileListsExactlyItsPersistentClasses(String module) throws IOException {
        Set<String> annotated = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dunwell." + module).stream()
                .filter(c -> PERSISTENT.stream().anyMatch(c::isAnnotatedWith))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(annotated).as("the module has persistent classes").isNotEmpty();
        assertThat(listed("META-INF/orm-" + module + ".xml")).isEqualTo(annotated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai", "integrations", "server"})
    void modulesWithoutAMappingFileHaveNoPersistentClasses(String module) {
        assertThat(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dunwell." + module).stream()
                .filter(c -> PERSISTENT.stream().anyMatch(c::isAnnotatedWith)).map(JavaClass::getName))
                .as("a module with entities lists them in its META-INF/orm-" + module + ".xml").isEmpty();
    }

    private static Set<String> listed(String resource) throws IOException {
        try (InputStream in = PersistentClassListsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Matcher m = LISTED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }
}
