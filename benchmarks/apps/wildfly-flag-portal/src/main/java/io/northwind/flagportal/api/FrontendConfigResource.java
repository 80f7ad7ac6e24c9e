package io.northwind.flagportal.api;

import io.northwind.flagportal.config.PostHogSettings;
import io.northwind.flagportal.config.RuntimeKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

/** Configuration the single-page app reads before it starts posthog-js. */
@Path("/frontend")
@Produces(MediaType.APPLICATION_JSON)
public class FrontendConfigResource {

    private static final Logger LOG = Logger.getLogger(FrontendConfigResource.class);

    public record BootstrapConfig(String posthogKey, String posthogHost, boolean localFlags) {
    }

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/bootstrap")
    public BootstrapConfig bootstrap() {
        LOG.debugv("Serving bootstrap config, flags secure key {0}", RuntimeKeys.secureKey());
        return new BootstrapConfig(settings.getProjectApiKey(), settings.getHost(), RuntimeKeys.hasSecureKey());
    }
}
