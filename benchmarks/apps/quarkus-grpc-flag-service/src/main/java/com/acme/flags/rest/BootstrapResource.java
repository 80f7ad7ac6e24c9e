package com.acme.flags.rest;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.posthog.FlagEvaluator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public endpoints the storefront calls before initialising posthog-js.
 */
@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "dark-mode", "search-v2");

    private final PostHogSettings settings;
    private final FlagEvaluator evaluator;

    BootstrapResource(PostHogSettings settings, FlagEvaluator evaluator) {
        this.settings = settings;
        this.evaluator = evaluator;
    }

    @GET
    public Response bootstrap(@QueryParam("distinctId") String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAPPED_FLAGS) {
            FlagEvaluator.Evaluation evaluation = evaluator.evaluate(distinctId, flag);
            flags.put(flag, evaluation.variant().isEmpty() ? evaluation.enabled() : evaluation.variant());
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", settings.apiKey());
        body.put("apiHost", settings.host());
        body.put("distinctID", distinctId);
        body.put("featureFlags", flags);

        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String flagsKey = settings.featureFlagsSecureKey().orElse("");
        return Response.ok(body).cacheControl(noStore).header("X-PostHog-Flags-Key", flagsKey).build();
    }

    /** Read by the edge worker that evaluates flags next to the CDN. */
    @GET
    @Path("/edge-config")
    public Map<String, String> edgeConfig() {
        return Map.of(
                "token", settings.apiKey(),
                "host", settings.host(),
                "secureKey", settings.featureFlagsSecureKey().orElse(""));
    }
}
