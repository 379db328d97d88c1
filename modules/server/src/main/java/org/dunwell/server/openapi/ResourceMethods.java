package org.dunwell.server.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JAX-RS resource classes of a package tree, found on a class loader, and the Java method
 * behind an OpenAPI operation whose id the scanner made as {@code Class_method}
 * ({@code mp.openapi.extensions.smallrye.operationIdStrategy=CLASS_METHOD}).
 */
final class ResourceMethods {

    private static final Map<String, Class<? extends Annotation>> HTTP_METHODS = Map.of(
            "GET", GET.class, "POST", POST.class, "PUT", PUT.class, "DELETE", DELETE.class,
            "PATCH", PATCH.class, "HEAD", HEAD.class);

    private final Map<String, Class<?>> resources;

    private ResourceMethods(Map<String, Class<?>> resources) {
        this.resources = resources;
    }

    /** Every class with {@code @Path} under {@code rootPackage}, by simple name. */
    static ResourceMethods scan(ClassLoader loader, String rootPackage) {
        Map<String, Class<?>> found = new HashMap<>();
        for (String name : classNames(loader, rootPackage)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (type.isAnnotationPresent(Path.class)) {
                Class<?> clash = found.put(type.getSimpleName(), type);
                if (clash != null) {
                    throw new IllegalStateException("two resource classes are named " + type.getSimpleName()
                            + ": " + clash.getName() + " and " + type.getName());
                }
            }
        }
        return new ResourceMethods(Collections.unmodifiableMap(found));
    }

    /** The resource method behind an operation ({@code Class_method}) answering {@code httpMethod}. */
    Method of(String operationId, String httpMethod) {
        int underscore = operationId == null ? -1 : operationId.indexOf('_');
        if (underscore < 0) {
            throw new IllegalStateException("operation id '" + operationId + "' is not Class_method");
        }
        Class<?> resource = resource(operationId.substring(0, underscore));
        String name = operationId.substring(underscore + 1);
        Class<? extends Annotation> verb = HTTP_METHODS.get(httpMethod.toUpperCase(Locale.ROOT));
        List<Method> candidates = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            if (method.getName().equals(name) && method.isAnnotationPresent(verb)) {
                candidates.add(method);
            }
        }
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.size() + " methods " + resource.getName() + "." + name
                    + " answer " + httpMethod + "; the document needs exactly one");
        }
        return candidates.get(0);
    }

    /** Every resource class found. */
    Collection<Class<?>> resources() {
        return resources.values();
    }

    Class<?> resource(String simpleName) {
        Class<?> resource = resources.get(simpleName);
        if (resource == null) {
            throw new IllegalStateException("no resource class named " + simpleName);
        }
        return resource;
    }

    /** The records under {@code rootPackage} by the name their schema gets ({@code @Schema(name)}, else simple name). */
    static Map<String, Class<?>> recordsBySchemaName(ClassLoader loader, String rootPackage) {
        Map<String, Class<?>> records = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String name : classNames(loader, rootPackage)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (!type.isRecord()) {
                continue;
            }
            Schema schema =
                    type.getAnnotation(Schema.class);
            String schemaName = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
            records.put(schemaName, type);
            seen.merge(schemaName, 1, Integer::sum);
        }
        // a name two records share names neither for sure
        seen.forEach((schemaName, count) -> {
            if (count > 1) {
                records.remove(schemaName);
            }
        });
        return records;
    }

    private static List<String> classNames(ClassLoader loader, String rootPackage) {
        String folder = rootPackage.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path base = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                        files.map(base::relativize).map(java.nio.file.Path::toString)
                                .filter(file -> file.endsWith(".class"))
                                .forEach(file -> names.add(className(folder + "/" + file.replace('\\', '/'))));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                        jar.stream().map(ZipEntry::getName)
                                .filter(entry -> entry.startsWith(folder + "/") && entry.endsWith(".class"))
                                .forEach(entry -> names.add(className(entry)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
