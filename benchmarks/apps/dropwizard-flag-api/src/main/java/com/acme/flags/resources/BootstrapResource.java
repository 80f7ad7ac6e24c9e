package com.acme.flags.resources;

import com.acme.flags.api.BootstrapResponse;
import com.acme.flags.auth.ApiTokenAuthenticator.Caller;
import com.acme.flags.posthog.PostHogSettings;
import com.posthog.server.PostHogInterface;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    private static final List<String> CLIENT_FLAGS = List.of("new-checkout", "dark-mode", "onboarding-v3");

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    public BootstrapResource(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    /** Unauthenticated: only what the public web snippet needs. */
    @GET
    @Path("/public")
    public Map<String, String> publicConfig() {
        return Map.of(
                "projectApiKey", settings.getProjectApiKey(),
                "apiHost", settings.getHost());
    }

    @GET
    @Path("/web")
    public Response web(@Auth Caller caller, @QueryParam("distinctId") String distinctId) {
        Map<String, Object> flags = evaluate(distinctId);
        return Response.ok(new BootstrapResponse(settings.getProjectApiKey(), settings.getHost(), flags, null))
                .cookie(new NewCookie("ph_lek", settings.getFeatureFlagsSecureKey(), "/", null,
                        "PostHog local evaluation", 3600, true))
                .build();
    }

    /** iOS / Android app start-up; the apps evaluate flags locally between launches. */
    @GET
    @Path("/mobile")
    public BootstrapResponse mobile(@Auth Caller caller, @QueryParam("distinctId") String distinctId) {
        Map<String, Object> flags = evaluate(distinctId);
        return new BootstrapResponse(settings.getProjectApiKey(), settings.getHost(), flags, settings.getPersonalApiKey());
    }

    private Map<String, Object> evaluate(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : CLIENT_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        return flags;
    }
}
