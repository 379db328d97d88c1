package org.dunwell.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON bodies the API reads are records of boxed types, strings and lists: JSON-B reads a
 * primitive with its own lenient reader ({@code "yes"} as false, {@code 3.5} as 3), which the strict
 * readers of {@code StrictJson} cannot replace. A primitive member in a request body fails here.
 */
class RequestBodiesTest {

    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, Context.class, BeanParam.class, CookieParam.class, FormParam.class, MatrixParam.class);

    @Test
    void everyRequestBodyIsMadeOfBoxedTypes() {
        ResourceMethods methods = ResourceMethods.scan(getClass().getClassLoader(), "org.dunwell.server");
        List<String> primitives = new ArrayList<>();
        Set<Class<?>> bodies = new HashSet<>();
        for (Class<?> resource : methods.resources()) {
            for (Method method : resource.getMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    boolean annotated = false;
                    for (Annotation annotation : parameter.getAnnotations()) {
                        annotated |= NOT_A_BODY.contains(annotation.annotationType());
                    }
                    if (!annotated && method.getDeclaringClass() == resource) {
                        walk(parameter.getParameterizedType(), bodies, primitives);
                    }
                }
            }
        }
        assertThat(bodies).as("request body types found").hasSizeGreaterThan(30);
        assertThat(primitives).as("primitive members of request bodies").isEmpty();
    }

    private static void walk(Type type, Set<Class<?>> seen, List<String> primitives) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen, primitives);
            }
            return;
        }
        if (!(type instanceof Class<?> clazz) || !clazz.isRecord() || !seen.add(clazz)) {
            return;
        }
        for (RecordComponent component : clazz.getRecordComponents()) {
            if (component.getType().isPrimitive()) {
                primitives.add(clazz.getName() + "." + component.getName());
            }
            walk(component.getGenericType(), seen, primitives);
        }
    }
}
