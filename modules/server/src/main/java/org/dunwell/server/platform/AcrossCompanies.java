package org.dunwell.server.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (or one of its operations) that is not about one company's data: the companies
 * themselves, the server's business date. Every other operation takes the {@code company} query
 * parameter (api-contract.md, "The company of a request"); the OpenAPI document says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AcrossCompanies {
}
