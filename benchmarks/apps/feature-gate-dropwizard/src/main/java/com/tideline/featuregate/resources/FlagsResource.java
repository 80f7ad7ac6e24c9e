package com.tideline.featuregate.resources;

import com.posthog.server.PostHogInterface;
import com.tideline.featuregate.api.Views.FlagsView;
import com.tideline.featuregate.posthog.PostHogFactory;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    private static final Logger LOG = LoggerFactory.getLogger(FlagsResource.class);

    private static final List<String> CLIENT_FLAGS = List.of("new-checkout", "dark-mode", "beta-reports");

    private final PostHogInterface posthog;
    private final PostHogFactory settings;

    public FlagsResource(PostHogInterface posthog, PostHogFactory settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    @GET
    public FlagsView flagsFor(@QueryParam("distinct_id") @NotEmpty String distinctId,
                              @HeaderParam("X-Request-Id") String requestId) {
        LOG.debug("Evaluating {} flags for {} (request {})", CLIENT_FLAGS.size(), distinctId, requestId);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : CLIENT_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        return new FlagsView(settings.getProjectApiKey(), settings.getHost(), flags);
    }
}
