package org.dunwell.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per available database: {@code [derby]} always, {@code [postgresql]}
 * when 127.0.0.1:5432 answers (environment {@code DUNWELL_TEST_POSTGRES=off|auto|required}).
 * The test takes a {@link TestDatabase} parameter; it is fresh and migrated per test class.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {
}
