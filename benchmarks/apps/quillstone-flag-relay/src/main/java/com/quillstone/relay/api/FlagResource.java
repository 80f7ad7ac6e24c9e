package com.quillstone.relay.api;

import com.posthog.server.PostHogInterface;
import com.quillstone.relay.client.PostHogApiClient;
import com.quillstone.relay.client.PostHogApiClient.FlagDefinition;
import com.quillstone.relay.config.PostHogFactory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flag data for the internal services and for the web front end. */
@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    public record FlagView(String key, boolean active, int rolloutPercentage) {
    }

    public record ClientConfig(String projectApiKey, String apiHost, Map<String, Boolean> bootstrapFlags) {
    }

    private final PostHogApiClient api;
    private final PostHogInterface posthog;
    private final PostHogFactory settings;

    @Inject
    public FlagResource(PostHogApiClient api, PostHogInterface posthog, PostHogFactory settings) {
        this.api = api;
        this.posthog = posthog;
        this.settings = settings;
    }

    @GET
    public List<FlagView> list() {
        return api.listFlags().stream()
                .filter(FlagDefinition::active)
                .map(f -> new FlagView(f.key(), f.active(), f.rolloutPercentage()))
                .toList();
    }

    @GET
    @Path("/{key}")
    public Map<String, Object> evaluate(@PathParam("key") String key, @QueryParam("distinct_id") String distinctId) {
        return Map.of("key", key, "enabled", posthog.isFeatureEnabled(distinctId, key, false));
    }

    /** Consumed by the web app's PostHog JS bootstrap. */
    @GET
    @Path("/client-config")
    public ClientConfig clientConfig(@QueryParam("distinct_id") String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : List.of("new-checkout", "dark-mode")) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        return new ClientConfig(settings.getProjectApiKey(), settings.getHost(), flags);
    }

    /** Lets the flag-editor SPA call PostHog directly (QS-311). */
    @GET
    @Path("/editor-bootstrap")
    public Map<String, Object> editorBootstrap() {
        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("apiHost", settings.privateApiHost());
        bootstrap.put("projectId", settings.getProjectId());
        bootstrap.put("personalApiKey", settings.getPersonalApiKey());
        return bootstrap;
    }
}
