package org.dunwell.server.jobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hands the {@value TestFaults#HEADER} header to {@link TestFaults}, where {@value TestFaults#SETTING} is true. */
@Provider
public class TestFaultHeader implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = TestFaults.SETTING, defaultValue = "false")
    boolean enabled;

    @Inject
    TestFaults faults;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(TestFaults.HEADER);
        if (enabled && header != null) {
            faults.ask(header);
        }
    }
}
