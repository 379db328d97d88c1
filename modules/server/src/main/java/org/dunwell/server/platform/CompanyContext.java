package org.dunwell.server.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which company a request is about (api-contract.md, "The company of a request"): the {@code company}
 * query parameter, else the configured default company, for reads and writes alike. A body that names a
 * company too must name the same one (else 400), so nothing is written to a company the request did not
 * name or default to. {@link CompanyParameter} checks the parameter (a key of a company that exists)
 * before any resource runs.
 */
@RequestScoped
public class CompanyContext {

    @Inject
    @ConfigProperty(name = "dunwell.company.default", defaultValue = "DW01")
    String defaultCompany;

    private String requested;

    /** The request's company, as {@link CompanyParameter} read it from the query; null when none was given. */
    void requested(String code) {
        this.requested = code;
    }

    /** The request's company: the parameter, else the default. */
    public String company() {
        return requested != null ? requested : defaultCompany;
    }

    /**
     * The request's company, checked against what a body (or a parameter handed on by a resource) names:
     * nothing or the same company. Another company is a 400 naming the field {@code company}.
     */
    public String resolve(String named) {
        String company = company();
        if (named == null || named.isBlank()) {
            return company;
        }
        String code = CompanyCode.of(named).value();
        if (!code.equals(company)) {
            throw InvalidInputException.ofField("company", "the body names company '" + code + "' but the request is"
                    + " for '" + company + "' (the company query parameter" + (requested == null
                    ? ", absent: the default company" : "") + "); send ?company=" + code + " or leave it out of the body");
        }
        return company;
    }

    public String defaultCompany() {
        return defaultCompany;
    }
}
