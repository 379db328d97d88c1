package org.dunwell.ledger.api;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@code javax.sql.DataSource} that {@link AgingQueries#stream}s read through: one
 * not enlisted in transactions (the server's {@code jdbc/dunwell-streams}), so a long read stays
 * open while a batch job commits the pages it writes from it.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface StreamReads {
}
