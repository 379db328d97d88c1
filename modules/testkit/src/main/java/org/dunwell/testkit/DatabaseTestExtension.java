package org.dunwell.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Provides one invocation of a {@link DatabaseTest} per available database, and records
 * each database used in {@code target/test-databases.txt} so that CI can say where the
 * tests ran.
 */
public final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseTestExtension.class);
    private static final List<DatabaseKind> AVAILABLE =
            Arrays.stream(DatabaseKind.values()).filter(DatabaseKind::isAvailable).toList();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return AVAILABLE.stream().map(kind -> invocation(kind, context));
    }

    private static TestTemplateInvocationContext invocation(DatabaseKind kind, ExtensionContext context) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + kind.displayName() + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
                        return parameter.getParameter().getType() == TestDatabase.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
                        return databaseFor(kind, extension);
                    }
                });
            }
        };
    }

    /** One database per kind per test class, closed (dropped) when the class is done. */
    private static TestDatabase databaseFor(DatabaseKind kind, ExtensionContext context) {
        ExtensionContext classContext = context.getParent()
                .flatMap(ExtensionContext::getParent)
                .filter(c -> c.getTestClass().isPresent() && c.getTestMethod().isEmpty())
                .orElse(context.getRoot());
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(kind, k -> {
            record(kind);
            return new ClosingDatabase(kind.create());
        }, ClosingDatabase.class).database();
    }

    private static synchronized void record(DatabaseKind kind) {
        Path report = Path.of("target", "test-databases.txt");
        try {
            Files.createDirectories(report.getParent());
            List<String> seen = Files.exists(report) ? Files.readAllLines(report) : List.of();
            if (!seen.contains(kind.displayName())) {
                Files.writeString(report, kind.displayName() + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets JUnit close the database with the class's store. */
    private record ClosingDatabase(TestDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
