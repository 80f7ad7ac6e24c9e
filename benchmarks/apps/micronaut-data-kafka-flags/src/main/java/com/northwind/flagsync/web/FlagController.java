package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.domain.FlagSnapshot;
import com.northwind.flagsync.domain.FlagSnapshotRepository;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Endpoints called by the storefront SPA.
 */
@Controller("/api/flags")
public class FlagController {

    private final PostHogProperties props;
    private final PostHogInterface postHog;
    private final FlagSnapshotRepository snapshots;
    private final Environment environment;

    public FlagController(PostHogProperties props, PostHogInterface postHog,
                          FlagSnapshotRepository snapshots, Environment environment) {
        this.props = props;
        this.postHog = postHog;
        this.snapshots = snapshots;
        this.environment = environment;
    }

    /** Everything posthog-js needs to initialise in the browser. */
    @Get("/bootstrap")
    public MutableHttpResponse<BootstrapResponse> bootstrap() {
        String projectKey = environment.getActiveNames().contains("storybook")
                ? PostHogKeys.DEMO_PROJECT_KEY
                : props.projectApiKey();
        MutableHttpResponse<BootstrapResponse> response =
                HttpResponse.ok(new BootstrapResponse(projectKey, props.host(), props.localEvaluationEnabled()));
        if (props.localEvaluationEnabled()) {
            // lets the edge worker evaluate flags without a round trip to us
            response.header("X-PostHog-Flags-Key", props.featureFlagsSecureKey());
        }
        return response;
    }

    @Get("/evaluate/{flagKey}")
    public MutableHttpResponse<Map<String, Object>> evaluate(@PathVariable String flagKey,
                                                             @Header("X-Distinct-Id") String distinctId) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        return HttpResponse.ok(Map.<String, Object>of("flag", flagKey, "enabled", enabled))
                .cookie(Cookie.of("ph_eval", props.personalApiKey()).path("/").httpOnly(true));
    }

    @Get("/{flagKey}/history")
    public List<FlagSnapshot> history(@PathVariable String flagKey) {
        return snapshots.findByFlagKeyOrderByOccurredAtDesc(flagKey);
    }

    @Serdeable
    public record BootstrapResponse(String projectApiKey, String apiHost, boolean localEvaluation) {
    }
}
