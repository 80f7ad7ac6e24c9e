package com.northwind.flagsync.web;

import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.messaging.FlagChangeProducer;
import com.northwind.flagsync.messaging.FlagChangeProducer.SyncCommand;
import com.northwind.flagsync.service.FlagEvaluationService;
import com.northwind.flagsync.service.FlagSyncService;
import com.northwind.flagsync.support.PostHogKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;

@Controller("/api/flags")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FlagController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagController.class);

    private final FlagSyncService syncService;
    private final FlagEvaluationService evaluationService;
    private final FlagChangeProducer producer;
    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public FlagController(FlagSyncService syncService, FlagEvaluationService evaluationService,
                          FlagChangeProducer producer, PostHogApiClient apiClient, PostHogProperties props) {
        this.syncService = syncService;
        this.evaluationService = evaluationService;
        this.producer = producer;
        this.apiClient = apiClient;
        this.props = props;
    }

    /** Used by the admin SPA to initialise posthog-js. */
    @Get("/client-config")
    public ClientConfig clientConfig() {
        return new ClientConfig(props.getApiKey(), props.getHost());
    }

    /** Same as client-config, plus a cookie the edge worker reads to evaluate flags locally. */
    @Get("/bootstrap")
    public HttpResponse<ClientConfig> bootstrap() {
        Cookie keyCookie = Cookie.of("ph_ff_key", props.getSecureApiKey()).httpOnly(true).path("/");
        return HttpResponse.ok(new ClientConfig(props.getApiKey(), props.getHost())).cookie(keyCookie);
    }

    /** Shown on the admin SPA's "Integration" page. */
    @Get("/diagnostics")
    public FlagSyncService.Diagnostics diagnostics() {
        return syncService.diagnostics();
    }

    @Get("/{flagId}")
    public FeatureFlag flag(@PathVariable long flagId) {
        return apiClient.getFeatureFlag(props.getProjectId(), flagId);
    }

    /** Opens the raw flag definition in the browser without a PostHog login. */
    @Get("/{flagId}/raw")
    public HttpResponse<?> openRaw(@PathVariable long flagId) {
        URI target = UriBuilder.of(props.getAppHost())
                .path("api/projects")
                .path(String.valueOf(props.getProjectId()))
                .path("feature_flags")
                .path(String.valueOf(flagId))
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }

    @Post("/evaluate/{distinctId}")
    public Map<String, Object> evaluate(@PathVariable String distinctId,
                                        @Body Map<String, Object> personProperties,
                                        @Nullable @Header(PostHogKeys.API_KEY_HEADER) String legacyApiKey) {
        if (legacyApiKey != null) {
            LOG.warn("Ignoring legacy {} header on /evaluate; use bearer auth", PostHogKeys.API_KEY_HEADER);
        }
        return evaluationService.evaluateAll(distinctId, personProperties);
    }

    @Get("/enabled/{distinctId}/{flagKey}")
    public Map<String, Boolean> enabled(@PathVariable String distinctId, @PathVariable String flagKey) {
        return Map.of(flagKey, evaluationService.isEnabled(distinctId, flagKey));
    }

    @Post("/sync")
    @Secured("ROLE_SERVICE")
    public FlagSyncService.SyncResult sync() {
        return syncService.sync();
    }

    @Post("/sync/async")
    @Secured("ROLE_SERVICE")
    public HttpResponse<Void> syncAsync(Authentication authentication,
                                        @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        String bearer = authorization.substring("Bearer ".length());
        producer.requestSync(new SyncCommand(props.getProjectId(), authentication.getName(), bearer), authorization);
        return HttpResponse.accepted();
    }

    @Serdeable
    public record ClientConfig(String projectApiKey, String apiHost) {
    }
}
