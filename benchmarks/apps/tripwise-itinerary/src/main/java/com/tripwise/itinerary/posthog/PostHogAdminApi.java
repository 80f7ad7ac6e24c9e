package com.tripwise.itinerary.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** PostHog's private API, authenticated with the service user's personal API key. */
@RegisterRestClient(configKey = "posthog-admin")
@RegisterProvider(OutboundLoggingFilter.class)
@ClientHeaderParam(name = "Authorization", value = "{bearer}")
@Path("/api/projects/{projectId}")
public interface PostHogAdminApi {

  @GET
  @Path("/feature_flags/")
  FlagPage listFlags(@PathParam("projectId") long projectId, @QueryParam("limit") int limit);

  default String bearer() {
    return "Bearer " + ConfigProvider.getConfig().getValue("posthog.personal-api-key", String.class);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FlagDefinition(long id, String key, boolean active, @JsonProperty("filters") Map<String, Object> filters) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FlagPage(int count, List<FlagDefinition> results) {}
}
