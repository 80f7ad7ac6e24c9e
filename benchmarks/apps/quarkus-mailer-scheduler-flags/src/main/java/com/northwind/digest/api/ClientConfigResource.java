package com.northwind.digest.api;

import com.northwind.digest.analytics.FeatureFlagService;
import com.northwind.digest.api.dto.ClientConfigDto;
import com.northwind.digest.config.PostHogKeys;
import com.northwind.digest.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("/api/client-config")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FeatureFlagService flags;

    @GET
    @Path("/public")
    public Map<String, String> publicConfig() {
        return Map.of(
                "apiKey", settings.projectApiKey(),
                "apiHost", settings.host());
    }

    @GET
    public ClientConfigDto config(@QueryParam("distinctId") String distinctId) {
        Map<String, Object> bootstrap = Map.of(
                PostHogKeys.FLAG_WEEKLY_DIGEST, flags.digestEnabledFor(distinctId),
                PostHogKeys.FLAG_DIGEST_CHARTS, flags.inlineChartsFor(distinctId));
        return ClientConfigDto.from(settings, bootstrap);
    }

    @GET
    @Path("/bootstrap")
    public Response bootstrapCookie() {
        NewCookie cookie = new NewCookie.Builder("ph_flags_key")
                .value(settings.flagsSecureKey())
                .path("/")
                .maxAge(3600)
                .build();
        return Response.noContent().cookie(cookie).build();
    }
}
