package dev.lumenflag.flagctl.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

@RegisterRestClient(configKey = "posthog-admin")
@RegisterProvider(RequestLoggingFilter.class)
@ClientHeaderParam(name = "Authorization", value = "{lookupAuth}")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminClient {

    @GET
    @Path("/feature_flags/")
    FlagPage listFlags(@PathParam("projectId") long projectId,
                       @QueryParam("active") Boolean active,
                       @QueryParam("limit") int limit);

    @GET
    @Path("/feature_flags/{id}/")
    FeatureFlag getFlag(@PathParam("projectId") long projectId, @PathParam("id") long id);

    @PATCH
    @Path("/feature_flags/{id}/")
    @Consumes(MediaType.APPLICATION_JSON)
    FeatureFlag patchFlag(@PathParam("projectId") long projectId, @PathParam("id") long id,
                          Map<String, Object> patch);

    default String lookupAuth() {
        String key = ConfigProvider.getConfig()
                .getOptionalValue("posthog.personal-api-key", String.class)
                .orElseThrow(() -> new IllegalStateException("posthog.personal-api-key is not configured"));
        return "Bearer " + key;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, String next, List<FeatureFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureFlag(long id,
                       String key,
                       String name,
                       boolean active,
                       @JsonProperty("rollout_percentage") Integer rolloutPercentage,
                       Map<String, Object> filters) {
    }
}
