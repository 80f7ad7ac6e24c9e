package com.northwind.flaggateway.web;

import com.northwind.flaggateway.config.PostHogSettings;
import com.northwind.flaggateway.flags.FlagDiagnostics;
import com.northwind.flaggateway.flags.FlagSyncService;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

@Controller("/api/flags")
public class FlagController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagController.class);

    private final PostHogInterface postHog;
    private final PostHogSettings settings;
    private final FlagSyncService syncService;
    private final FlagDiagnostics diagnostics;

    public FlagController(PostHogInterface postHog, PostHogSettings settings,
                          FlagSyncService syncService, FlagDiagnostics diagnostics) {
        this.postHog = postHog;
        this.settings = settings;
        this.syncService = syncService;
        this.diagnostics = diagnostics;
    }

    @Get("/config")
    public Map<String, String> config() {
        return Map.of("apiKey", settings.getProjectApiKey(), "apiHost", settings.getHost());
    }

    @Get("/evaluate/{distinctId}")
    public Map<String, Object> evaluate(@PathVariable String distinctId,
                                        @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        LOG.debug("Evaluating {} flags for {} (authorization={})", syncService.activeFlags().size(), distinctId, authorization);
        Map<String, Object> values = evaluateAll(distinctId);
        postHog.capture(distinctId, "gateway_flags_evaluated",
                PostHogCaptureOptions.builder()
                        .property("flag_count", values.size())
                        .build());
        return values;
    }

    @Get("/bootstrap/{distinctId}")
    public ClientBootstrap bootstrap(@PathVariable String distinctId) {
        ClientBootstrap bootstrap = ClientBootstrap.of(distinctId, settings, evaluateAll(distinctId));
        return bootstrap;
    }

    @Get(value = "/posthog-init.js", produces = "application/javascript")
    public String initScript(@QueryValue(defaultValue = "anonymous") String distinctId) {
        return "window.__POSTHOG__ = {"
                + "apiKey: '" + settings.getProjectApiKey() + "', "
                + "apiHost: '" + settings.getHost() + "', "
                + "flagsSecureKey: '" + settings.getFlagsSecureKey() + "', "
                + "distinctId: '" + distinctId.replace("'", "") + "'};";
    }

    @Get("/trace/{distinctId}/{flagKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> trace(@PathVariable String distinctId, @PathVariable String flagKey) {
        return diagnostics.trace(distinctId, flagKey);
    }

    private Map<String, Object> evaluateAll(String distinctId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : syncService.activeFlags().keySet()) {
            Object value = postHog.getFeatureFlag(distinctId, flagKey, false);
            values.put(flagKey, value);
        }
        return values;
    }
}
