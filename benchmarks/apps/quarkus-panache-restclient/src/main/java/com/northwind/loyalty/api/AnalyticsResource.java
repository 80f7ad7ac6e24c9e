package com.northwind.loyalty.api;

import com.northwind.loyalty.analytics.BatchEventForwarder;
import com.northwind.loyalty.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Endpoints used by the loyalty web app and the in-store kiosks.
 */
@Path("/api/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    PostHogSettings settings;

    @Inject
    BatchEventForwarder forwarder;

    @Inject
    @Identifier("segment-flags")
    PostHogInterface segmentFlags;

    /** posthog-js bootstrap for the web app. */
    @GET
    @Path("/bootstrap")
    public AnalyticsBootstrap bootstrap() {
        return new AnalyticsBootstrap(settings.projectApiKey(), "/ingest", settings.appHost());
    }

    /** Kiosks evaluate flags offline and download the definitions themselves. */
    @GET
    @Path("/kiosk/local-evaluation")
    public Response kioskLocalEvaluation() {
        Map<String, String> body = Map.of(
                "host", settings.host(),
                "projectId", settings.projectId().orElse(""),
                "secureKey", settings.featureFlagsSecureKey());
        return Response.ok(body).build();
    }

    @GET
    @Path("/flags")
    public Map<String, Object> flags(@RestQuery String distinctId) {
        return forwarder.flagsFor(distinctId);
    }

    @GET
    @Path("/segments/{distinctId}/vip")
    public Map<String, Boolean> vip(@RestPath String distinctId) {
        return Map.of("vip", segmentFlags.isFeatureEnabled(distinctId, "vip-lounge", false));
    }

    public record AnalyticsBootstrap(String projectApiKey, String apiHost, String uiHost) {
    }
}
