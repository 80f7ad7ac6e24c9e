package com.quillfern.flagdesk.web;

import com.quillfern.flagdesk.config.PostHogProperties;
import com.quillfern.flagdesk.domain.FlagOverride;
import com.quillfern.flagdesk.domain.FlagOverrideRepository;
import com.quillfern.flagdesk.dto.ClientConfigResponse;
import com.quillfern.flagdesk.service.FlagEvaluationService;
import com.quillfern.flagdesk.service.PostHogApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class FlagHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagHandler.class);

    // Public ingestion token of the "flagdesk-prod" project; safe to hand to browsers.
    private static final String FALLBACK_PROJECT_KEY = "phc_4obvGTVpnJYYjcsehUEhJkrVb286CasXZGAFF4kuuzKq";

    private final FlagEvaluationService evaluations;
    private final FlagOverrideRepository overrides;
    private final PostHogApiClient posthogApi;
    private final PostHogProperties props;

    public FlagHandler(FlagEvaluationService evaluations, FlagOverrideRepository overrides,
                       PostHogApiClient posthogApi, PostHogProperties props) {
        this.evaluations = evaluations;
        this.overrides = overrides;
        this.posthogApi = posthogApi;
        this.props = props;
    }

    public Mono<ServerResponse> evaluate(ServerRequest request) {
        String flagKey = request.pathVariable("flagKey");
        String distinctId = request.queryParam("distinctId").orElse("anonymous");
        return evaluations.decide(flagKey, distinctId)
                .flatMap(decision -> ServerResponse.ok().bodyValue(decision));
    }

    public Mono<ServerResponse> clientConfig(ServerRequest request) {
        String projectKey = StringUtils.hasText(props.projectApiKey()) ? props.projectApiKey() : FALLBACK_PROJECT_KEY;
        ClientConfigResponse body = new ClientConfigResponse(projectKey, props.host(), "identified_only");
        return ServerResponse.ok().bodyValue(body);
    }

    /**
     * Used by the internal preview SPA: it evaluates flags locally in the browser to avoid a round trip.
     */
    public Mono<ServerResponse> bootstrap(ServerRequest request) {
        ResponseCookie flagsCookie = ResponseCookie.from("ph_flags_key", props.featureFlagsSecureKey())
                .path("/preview")
                .maxAge(Duration.ofHours(8))
                .sameSite("Strict")
                .build();
        ClientConfigResponse body = new ClientConfigResponse(props.projectApiKey(), props.host(), "always");
        return ServerResponse.ok().cookie(flagsCookie).bodyValue(body);
    }

    public Mono<ServerResponse> createOverride(ServerRequest request) {
        String actor = request.headers().firstHeader("X-Forwarded-User");
        return request.bodyToMono(FlagOverride.class)
                .map(o -> o.withAudit(actor, Instant.now()))
                .flatMap(overrides::save)
                .flatMap(saved -> posthogApi
                        .captureAudit(actor, "flag override saved",
                                Map.of("flag_key", saved.flagKey(), "enabled", saved.enabled()))
                        .thenReturn(saved))
                .doOnNext(saved -> log.info("Override {} for {} set to {} by {}",
                        saved.flagKey(), saved.distinctId(), saved.enabled(), actor))
                .flatMap(saved -> ServerResponse.ok().bodyValue(saved));
    }
}
