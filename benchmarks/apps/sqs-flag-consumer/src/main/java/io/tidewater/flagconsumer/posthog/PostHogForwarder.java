package io.tidewater.flagconsumer.posthog;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagconsumer.config.PostHogProperties;
import io.tidewater.flagconsumer.model.FlagEvent;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Component
public class PostHogForwarder {

    private static final Logger log = LogManager.getLogger(PostHogForwarder.class);

    private final PostHogInterface postHog;
    private final RestClient postHogRestClient;
    private final ForwardingCredentials credentials;
    private final ObjectProvider<LegacyPostHogBridge> legacyBridge;

    public PostHogForwarder(PostHogInterface postHog,
                            RestClient postHogRestClient,
                            PostHogProperties props,
                            ObjectProvider<LegacyPostHogBridge> legacyBridge) {
        this.postHog = postHog;
        this.postHogRestClient = postHogRestClient;
        this.credentials = ForwardingCredentials.from(props);
        this.legacyBridge = legacyBridge;
    }

    public void forward(FlagEvent event) {
        log.debug("Forwarding {} for {} using {}", event.eventName(), event.distinctId(), credentials);
        PostHogCaptureOptions.Builder options = PostHogCaptureOptions.builder()
                .property("$feature_flag", event.flagKey())
                .property("$feature_flag_response", event.variant())
                .property("source", "sqs-flag-consumer")
                .timestamp(Date.from(event.occurredAt()));
        event.properties().forEach(options::property);
        postHog.capture(event.distinctId(), event.eventName(), options.build());
        legacyBridge.ifAvailable(bridge -> bridge.mirror(event));
    }

    public List<Map<String, Object>> fetchFlagDefinitions() {
        if (!credentials.canEvaluateLocally()) {
            return List.of();
        }
        try {
            Map<String, Object> body = postHogRestClient.get()
                    .uri("/api/feature_flag/local_evaluation/?token={token}&send_cohorts", credentials.projectApiKey())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.secureApiKey())
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> flags = (List<Map<String, Object>>) body.getOrDefault("flags", List.of());
            return flags;
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            throw new PostHogForwardingException("Local evaluation request to " + credentials.host()
                    + " rejected with HTTP " + status + " for key " + credentials.secureApiKey(), status, e);
        }
    }

    public void flush() {
        postHog.flush();
    }
}
