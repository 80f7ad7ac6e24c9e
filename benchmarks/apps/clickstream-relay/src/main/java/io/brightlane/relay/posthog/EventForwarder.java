package io.brightlane.relay.posthog;

import com.posthog.java.PostHog;
import io.brightlane.relay.config.RelayConfig;
import io.brightlane.relay.consumer.ClickEvent;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Sends clickstream events to PostHog with the legacy posthog-java client. */
public class EventForwarder implements AutoCloseable {

    private static final Logger LOGGER = LogManager.getLogger(EventForwarder.class);

    private final PostHog posthog;

    public EventForwarder(RelayConfig config) {
        this.posthog = new PostHog.Builder(config.getProjectApiKey()).host(config.getPosthogHost()).build();
        LOGGER.info("Forwarding to {} with project key {}", config.getPosthogHost(), config.getProjectApiKey());
    }

    public void forward(ClickEvent event) {
        Map<String, Object> props = new HashMap<>(event.properties());
        if (event.sessionId() != null) {
            props.put("$session_id", event.sessionId().toString());
        }
        Object url = props.get("$current_url");
        if (url instanceof String s && !s.isBlank()) {
            props.put("site_section", firstPathSegment(s));
        }
        posthog.capture(event.distinctId(), event.event(), props);
    }

    static String firstPathSegment(String url) {
        String path = URI.create(url).getPath();
        StringTokenizer tokenizer = new StringTokenizer(path == null ? "" : path, "/");
        if (!tokenizer.hasMoreTokens()) {
            return "root";
        }
        String token = tokenizer.nextToken();
        LOGGER.trace("First path token of {} is '{}'", url, token);
        return token;
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
