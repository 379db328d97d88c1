package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dunwell.kernel.api.CompanyCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which company a request is about: the {@code company} parameter, else the configured default. */
@ApplicationScoped
public class CompanyContext {

    @Inject
    @ConfigProperty(name = "dunwell.company.default", defaultValue = "DW01")
    String defaultCompany;

    public String resolve(String requested) {
        return requested == null || requested.isBlank() ? defaultCompany : CompanyCode.of(requested).value();
    }

    public String defaultCompany() {
        return defaultCompany;
    }
}
