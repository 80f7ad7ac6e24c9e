package com.ledgerly.billinghooks.resources;

import java.util.LinkedHashMap;
import java.util.Map;

import com.ledgerly.billinghooks.PostHogSettings;
import com.ledgerly.billinghooks.auth.AdminAuthenticator.AdminPrincipal;
import com.ledgerly.billinghooks.posthog.FlagAdminException;
import com.ledgerly.billinghooks.posthog.OAuthTokenStore;
import com.ledgerly.billinghooks.posthog.PostHogFlagAdmin;

import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/admin/posthog")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final PostHogSettings posthog;
    private final PostHogFlagAdmin flagAdmin;
    private final OAuthTokenStore oauthTokens;

    public AdminResource(PostHogSettings posthog, PostHogFlagAdmin flagAdmin, OAuthTokenStore oauthTokens) {
        this.posthog = posthog;
        this.flagAdmin = flagAdmin;
        this.oauthTokens = oauthTokens;
    }

    @GET
    public Map<String, Object> settings(@Auth AdminPrincipal admin) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", posthog.getHost());
        view.put("projectId", posthog.getProjectId());
        view.put("projectApiKey", posthog.getProjectApiKey());
        view.put("personalApiKey", PostHogSettings.mask(posthog.getPersonalApiKey()));
        view.put("featureFlagsSecureApiKeySet", posthog.getFeatureFlagsSecureApiKey() != null);
        view.put("sdkDebug", posthog.isDebug());
        return view;
    }

    @POST
    @Path("/check")
    public Response check(@Auth AdminPrincipal admin) {
        try {
            int flags = flagAdmin.countFlags();
            return Response.ok(Map.of("ok", true, "flags", flags)).build();
        } catch (FlagAdminException e) {
            return Response.status(Response.Status.BAD_GATEWAY).header("X-PostHog-Credential", posthog.getPersonalApiKey()).entity(Map.of("ok", false, "upstreamStatus", e.status())).build();
        }
    }

    @GET
    @Path("/oauth")
    public Map<String, Object> oauth(@Auth AdminPrincipal admin) {
        return Map.of("accessTokenValid", oauthTokens.hasValidAccessToken(),
                "expiresAt", oauthTokens.expiresAt().toString());
    }
}
