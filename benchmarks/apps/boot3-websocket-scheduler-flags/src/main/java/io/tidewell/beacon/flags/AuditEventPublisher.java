package io.tidewell.beacon.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewell.beacon.config.PostHogProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records operator actions in the console (flag overrides, forced resyncs) as PostHog events
 * so they show up next to the product analytics.
 */
@Component
public class AuditEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(AuditEventPublisher.class);

    private final PostHogInterface auditClient;
    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public AuditEventPublisher(PostHogProperties props, RestTemplateBuilder restTemplateBuilder) {
        this.props = props;
        this.restTemplate = restTemplateBuilder.build();
        // audit events live in the internal "ops" project, which the personal key can write to
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .flushAt(5)
                .build();
        this.auditClient = PostHog.with(config);
    }

    public void operatorAction(String operator, String action, Map<String, Object> details) {
        auditClient.capture(operator, "console_" + action, details);
        log.info("Audit event console_{} recorded for {}", action, operator);
    }

    /**
     * Fallback used during the SDK outage in March: post the batch directly.
     */
    public void relayBatch(List<Map<String, Object>> events) {
        Map<String, Object> body = Map.of(
                "api_key", props.featureFlagsSecureKey(),
                "historical_migration", false,
                "sent_at", Instant.now().toString(),
                "batch", events);
        try {
            restTemplate.postForEntity(props.host() + "/batch/", body, String.class);
        } catch (RestClientException e) {
            log.warn("Direct batch relay failed: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void shutdown() {
        auditClient.flush();
        auditClient.close();
    }
}
