package com.lumenforge.flags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JAX-RS application root. Resources and providers are discovered through CDI.
 */
@ApplicationScoped
@ApplicationPath("/api")
public class FlagsApplication extends Application {
}
