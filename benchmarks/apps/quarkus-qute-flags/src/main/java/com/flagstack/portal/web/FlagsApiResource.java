package com.flagstack.portal.web;

import com.flagstack.portal.config.PostHogCredentials;
import com.flagstack.portal.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.Map;

@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsApiResource {

    private static final String SECURE_KEY_HEADER = "X-PostHog-Secure-Key";

    public record BootstrapPayload(String projectApiKey, String apiHost, boolean newDashboard) {
    }

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogCredentials credentials;

    @Inject
    PostHogInterface postHog;

    @GET
    @Path("/bootstrap")
    public Uni<BootstrapPayload> bootstrap(@QueryParam("distinctId") String distinctId) {
        return Uni.createFrom()
                .item(() -> new BootstrapPayload(settings.projectApiKey(), settings.host(),
                        postHog.isFeatureEnabled(distinctId, "new-dashboard", false)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/bootstrap-cookie")
    public Response bootstrapCookie() {
        NewCookie cookie = new NewCookie.Builder("ph_project").value(settings.projectApiKey()).path("/").build();
        return Response.noContent().cookie(cookie).build();
    }

    @GET
    @Path("/admin/token")
    public Response adminToken() {
        return Response.ok(Map.of("token", credentials.personalKey(), "host", settings.host())).build();
    }

    @GET
    @Path("/admin/secure-header")
    public Response secureHeader() {
        return Response.noContent().header(SECURE_KEY_HEADER, settings.featureFlagsSecureApiKey()).build();
    }
}
