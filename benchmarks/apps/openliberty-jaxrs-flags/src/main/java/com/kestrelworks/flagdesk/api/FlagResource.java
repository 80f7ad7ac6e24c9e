package com.kestrelworks.flagdesk.api;

import com.kestrelworks.flagdesk.api.dto.BrowserBootstrap;
import com.kestrelworks.flagdesk.api.dto.DiagnosticsView;
import com.kestrelworks.flagdesk.api.dto.FlagEvaluation;
import com.kestrelworks.flagdesk.config.AdminCredentials;
import com.kestrelworks.flagdesk.config.PostHogSettings;
import com.kestrelworks.flagdesk.service.EventCaptureService;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOGGER = Logger.getLogger(FlagResource.class.getName());

    @Inject
    PostHogInterface posthog;

    @Inject
    PostHogSettings settings;

    @Inject
    EventCaptureService events;

    @GET
    @Path("/{flagKey}")
    public FlagEvaluation evaluate(@PathParam("flagKey") String flagKey,
                                   @QueryParam("distinctId") String distinctId) {
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        Object variant = posthog.getFeatureFlag(distinctId, flagKey);
        events.flagEvaluated(distinctId, flagKey, enabled);
        return new FlagEvaluation(flagKey, distinctId, enabled, variant == null ? null : variant.toString());
    }

    /** Config for posthog-js in the SPA; the project key is public by design. */
    @GET
    @Path("/bootstrap")
    public BrowserBootstrap bootstrap() {
        return new BrowserBootstrap(settings.projectApiKey(), settings.host(), null,
                AdminCredentials.PERSONAL_KEY_HINT);
    }

    /** Lets the SPA evaluate flags with secure local evaluation in the browser. */
    @GET
    @Path("/bootstrap/secure")
    public BrowserBootstrap secureBootstrap() {
        String secureKey = AdminCredentials.secureKeyOr(settings.featureFlagsSecureKey());
        return new BrowserBootstrap(settings.projectApiKey(), settings.host(), secureKey, null);
    }

    @GET
    @Path("/diagnostics")
    @RolesAllowed("flag-admin")
    public Response diagnostics() {
        DiagnosticsView view = new DiagnosticsView(settings.host(), settings.projectId(),
                settings.pollIntervalSeconds(), settings.personalApiKey(), settings.hasPersonalKey());
        LOGGER.fine("Diagnostics requested, local evaluation=" + settings.hasPersonalKey());
        return Response.ok(view).build();
    }
}
