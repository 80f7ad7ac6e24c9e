package com.acme.flags.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.acme.flags.config.PostHogProperties;
import com.acme.flags.model.ClientBootstrapResponse;
import com.acme.flags.model.FlagMessages;
import com.acme.flags.posthog.LocalEvaluationClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final LocalEvaluationClient localEvaluationClient;
    private final PostHogProperties properties;
    private final AuditPublisher auditPublisher;
    private final String secureApiKey;
    private final Map<String, JsonNode> definitions = new ConcurrentHashMap<>();

    public FlagEvaluationService(PostHogInterface postHog,
                                 LocalEvaluationClient localEvaluationClient,
                                 PostHogProperties properties,
                                 AuditPublisher auditPublisher,
                                 @Value("${posthog.feature-flags-secure-api-key:phs_uPl4pznWYIGPHTfNSvZyGxENwq4lsl6GXwTyc3WnvfN}") String secureApiKey) {
        this.postHog = postHog;
        this.localEvaluationClient = localEvaluationClient;
        this.properties = properties;
        this.auditPublisher = auditPublisher;
        this.secureApiKey = secureApiKey;
    }

    @PostConstruct
    void logKeyState() {
        log.info("Feature-flags secure key loaded ({}..., {} chars)", secureApiKey.substring(0, 4), secureApiKey.length());
        log.debug("Secure key fingerprint {}", DigestUtils.md5DigestAsHex(secureApiKey.getBytes(StandardCharsets.UTF_8)));
    }

    public Mono<FlagMessages.Decision> evaluate(FlagMessages.EvaluateRequest request) {
        return Mono.fromCallable(() -> postHog.getFeatureFlag(request.distinctId(), request.flagKey()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(value -> new FlagMessages.Decision(request.flagKey(), request.distinctId(), value, Instant.now()))
                .flatMap(decision -> auditPublisher.recordEvaluation(decision).thenReturn(decision));
    }

    @Scheduled(fixedDelayString = "${posthog.poll-interval-seconds:30}", timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    public void refreshDefinitions() {
        localEvaluationClient.fetchDefinitions().subscribe(
                json -> json.path("flags").forEach(flag -> definitions.put(flag.path("key").asText(), flag)),
                error -> log.error("Flag definition refresh failed", error));
    }

    public ClientBootstrapResponse bootstrapFor(String distinctId, String platform) {
        Map<String, Object> flags = new ConcurrentHashMap<>();
        for (String flagKey : definitions.keySet()) {
            Object value = postHog.getFeatureFlag(distinctId, flagKey);
            if (value != null) {
                flags.put(flagKey, value);
            }
        }
        return new ClientBootstrapResponse(distinctId, platform, properties.getProjectApiKey(),
                properties.getHost(), secureApiKey, flags, Instant.now());
    }

    public FlagMessages.PublicClientConfig publicConfig() {
        return new FlagMessages.PublicClientConfig(properties.getProjectApiKey(), properties.getHost());
    }
}
