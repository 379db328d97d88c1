package org.dunwell.sandboxes;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sandboxes under the context root the demo server gives them ({@code /sandbox}). */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
