package com.tidewaterlabs.flaggateway.web;

import com.tidewaterlabs.flaggateway.analytics.EventCapture;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver.ResolvedKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.uri.UriBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/admin/posthog")
public class AdminController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);
    private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    private final PostHogKeyResolver keyResolver;
    private final PostHogProperties properties;
    private final EventCapture events;

    public AdminController(PostHogKeyResolver keyResolver, PostHogProperties properties, EventCapture events) {
        this.keyResolver = keyResolver;
        this.properties = properties;
        this.events = events;
    }

    @Get("/status")
    public Map<String, Object> status() {
        ResolvedKeys keys = keyResolver.resolve();
        boolean localEvaluation = keys.personalApiKey() != null;
        return Map.of(
                "projectId", properties.getProjectId(),
                "personalApiKey", PostHogKeyResolver.mask(keys.personalApiKey()),
                "personalApiKeySource", keys.personalApiKeySource(),
                "localEvaluation", localEvaluation);
    }

    @Get("/diagnostics")
    public HttpResponse<Map<String, Object>> diagnostics(HttpRequest<?> request,
                                                         @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        request.getHeaders().forEach((name, values) ->
                LOG.debug("{}: {}", name, REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[redacted]" : values));
        LOG.info("PostHog diagnostics requested with {}", authorization);
        ResolvedKeys keys = keyResolver.resolve();
        Map<String, Object> body = Map.of(
                "host", properties.getHost(),
                "projectApiKey", keys.projectApiKey(),
                "localEvaluationKey", keys.secureKey(),
                "pollIntervalSeconds", properties.getPollIntervalSeconds());
        return HttpResponse.ok(body);
    }

    @Get("/open")
    public HttpResponse<?> openInPostHog() {
        ResolvedKeys keys = keyResolver.resolve();
        String flagsPath = "/api/projects/" + properties.getProjectId() + "/feature_flags/";
        return HttpResponse.redirect(UriBuilder.of(properties.getAppHost()).path(flagsPath).queryParam("personal_api_key", keys.personalApiKey()).build());
    }

    @Post("/console-session")
    public HttpResponse<?> consoleSession(@Header("X-Admin-User") String adminUser) {
        ResolvedKeys keys = keyResolver.resolve();
        events.adminAction(adminUser, "console_session_started");
        return HttpResponse.noContent().cookie(Cookie.of("ph_console", keys.personalApiKey()).httpOnly(true).secure(true).path("/admin"));
    }
}
