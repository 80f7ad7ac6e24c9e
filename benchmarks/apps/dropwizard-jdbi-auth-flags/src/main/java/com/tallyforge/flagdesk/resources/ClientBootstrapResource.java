package com.tallyforge.flagdesk.resources;

import com.posthog.server.PostHogInterface;
import com.tallyforge.flagdesk.config.PostHogFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Served to the React admin SPA on load so posthog-js can be initialised with the same project.
 */
@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class ClientBootstrapResource {

    private final PostHogFactory settings;
    private final PostHogInterface flags;

    public ClientBootstrapResource(PostHogFactory settings, PostHogInterface flags) {
        this.settings = settings;
        this.flags = flags;
    }

    @GET
    public Response bootstrap(@QueryParam("distinctId") String distinctId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("posthogKey", settings.getProjectApiKey());
        body.put("posthogHost", settings.getHost());
        if (distinctId != null) {
            body.put("featureFlags", flags.getAllFlags(distinctId));
        }
        // the SPA polls /flags/definitions itself when the tab stays open for hours
        NewCookie flagsCookie = new NewCookie.Builder("ph_flags_secure").value(settings.getFeatureFlagsSecureKey()).path("/").build();
        return Response.ok(body).cookie(flagsCookie).build();
    }
}
