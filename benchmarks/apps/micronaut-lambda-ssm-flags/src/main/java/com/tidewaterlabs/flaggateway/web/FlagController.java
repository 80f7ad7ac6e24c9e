package com.tidewaterlabs.flaggateway.web;

import com.posthog.server.PostHogInterface;
import com.tidewaterlabs.flaggateway.analytics.EventCapture;
import com.tidewaterlabs.flaggateway.client.PostHogApiClient.FeatureFlag;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.KeyResolutionException;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import com.tidewaterlabs.flaggateway.service.FlagDefinitionsService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import jakarta.inject.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/flags")
public class FlagController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagController.class);

    private final Provider<PostHogInterface> postHog;
    private final FlagDefinitionsService definitions;
    private final PostHogKeyResolver keyResolver;
    private final PostHogProperties properties;
    private final Provider<EventCapture> events;

    public FlagController(Provider<PostHogInterface> postHog,
                          FlagDefinitionsService definitions,
                          PostHogKeyResolver keyResolver,
                          PostHogProperties properties,
                          Provider<EventCapture> events) {
        this.postHog = postHog;
        this.definitions = definitions;
        this.keyResolver = keyResolver;
        this.properties = properties;
        this.events = events;
    }

    @Get("/bootstrap/{distinctId}")
    public BootstrapPayload bootstrap(@PathVariable String distinctId,
                                      @Nullable @CookieValue("SESSION") String session) {
        LOG.info("Bootstrapping flags for {} (session {})", distinctId, session);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (FeatureFlag flag : definitions.activeFlags()) {
            flags.put(flag.key(), postHog.get().isFeatureEnabled(distinctId, flag.key()));
        }
        return BootstrapPayload.of(keyResolver.resolve(), properties, distinctId, flags);
    }

    @Get("/{distinctId}/{flagKey}")
    public Map<String, Object> evaluate(@PathVariable String distinctId, @PathVariable String flagKey) {
        boolean enabled = postHog.get().isFeatureEnabled(distinctId, flagKey);
        events.get().flagEvaluated(distinctId, flagKey, enabled);
        return Map.of("flag", flagKey, "enabled", enabled, "apiKey", properties.getProjectApiKey());
    }

    @Error(exception = KeyResolutionException.class)
    public HttpResponse<Map<String, String>> keyResolutionFailed(HttpRequest<?> request, KeyResolutionException e) {
        return HttpResponse.serverError(Map.of("error", "feature flags unavailable", "detail", e.getMessage()));
    }
}
