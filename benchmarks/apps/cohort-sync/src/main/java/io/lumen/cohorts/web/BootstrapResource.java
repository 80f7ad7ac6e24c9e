package io.lumen.cohorts.web;

import java.util.HashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import io.lumen.cohorts.config.PostHogSettings;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    private static final String[] STOREFRONT_FLAGS = {"new-checkout", "cohort-banner", "free-shipping-threshold"};

    private final PostHogSettings settings;
    private final PostHogInterface postHog;

    public BootstrapResource(PostHogSettings settings, PostHogInterface postHog) {
        this.settings = settings;
        this.postHog = postHog;
    }

    @GET
    @Path("/storefront")
    public FrontendConfig storefront(@QueryParam("distinctId") String distinctId,
                                     @CookieParam("session_id") String sessionId) {
        Log.infof("Storefront bootstrap for %s (session cookie present=%b)", distinctId, sessionId != null);
        Map<String, Object> flags = new HashMap<>();
        for (String flag : STOREFRONT_FLAGS) {
            flags.put(flag, postHog.getFeatureFlag(distinctId, flag));
        }
        return FrontendConfig.forStorefront(settings, flags);
    }

    @GET
    @Path("/admin-widget")
    @RolesAllowed("cohort-admin")
    public FrontendConfig adminWidget(@CookieParam("session_id") String sessionId) {
        Log.infof("Admin widget bootstrap, session %s", sessionId);
        return FrontendConfig.forAdminWidget(settings);
    }

    @GET
    @Path("/edge")
    @RolesAllowed("edge-worker")
    public Response edgeFlagsKey() {
        String flagsKey = settings.featureFlagsSecureApiKey();
        return Response.noContent().header("X-PostHog-Flags-Key", flagsKey).build();
    }
}
