package org.dunwell.testkit;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** An interface of which a test needs a method or two: those answer, any other call fails the test. */
public final class Stubs {

    private Stubs() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "stub " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError(type.getSimpleName() + "." + method.getName() + " is not expected here");
            }
            return answer.apply(args);
        });
    }
}
