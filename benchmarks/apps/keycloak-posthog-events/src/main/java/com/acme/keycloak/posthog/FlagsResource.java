package com.acme.keycloak.posthog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * PostHog configuration and server-side flags for the login theme.
 */
public class FlagsResource {

    private static final List<String> LOGIN_FLAGS = List.of("passkeys-login", "new-login-layout");

    private final KeycloakSession session;
    private final ListenerSettings settings;
    private final PostHogForwarder forwarder;

    FlagsResource(KeycloakSession session, ListenerSettings settings, PostHogForwarder forwarder) {
        this.session = session;
        this.settings = settings;
        this.forwarder = forwarder;
    }

    @GET
    @Path("config")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> config() {
        return Map.of("projectApiKey", settings.projectApiKey(), "apiHost", settings.host(), "flagsApiKey", settings.personalApiKey());
    }

    @GET
    @Path("bootstrap")
    @Produces(MediaType.APPLICATION_JSON)
    public Response bootstrap(@QueryParam("distinct_id") String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : LOGIN_FLAGS) {
            flags.put(flag, distinctId != null && forwarder.isEnabled(distinctId, flag));
        }
        Map<String, Object> body = Map.of("projectApiKey", settings.projectApiKey(), "apiHost", settings.host(), "featureFlags", flags);
        return Response.ok(body).build();
    }

    @POST
    @Path("cohort/{userId}")
    public Response resync(@PathParam("userId") String userId) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (settings.loginCohortId() == null || !settings.hasPersonalApiKey()) {
            return Response.status(Response.Status.CONFLICT).entity("Cohort sync is not configured (personal API key set: " + settings.hasPersonalApiKey() + ")").build();
        }
        try {
            new CohortSyncClient(CohortSyncSettings.of(settings)).addToCohort(userId, false);
            return Response.noContent().build();
        } catch (PostHogForwardingException e) {
            return Response.status(Response.Status.BAD_GATEWAY).entity(e.getMessage()).build();
        }
    }
}
