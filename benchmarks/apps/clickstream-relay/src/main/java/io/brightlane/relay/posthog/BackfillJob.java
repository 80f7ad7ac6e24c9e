package io.brightlane.relay.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.java.PostHog;
import io.brightlane.relay.consumer.ClickEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Replays a dead-letter dump (one JSON event per line) into PostHog.
 * <pre>java -cp relay.jar io.brightlane.relay.posthog.BackfillJob dlq-2024-06-03.jsonl</pre>
 */
public final class BackfillJob {

    private static final Logger LOGGER = LogManager.getLogger(BackfillJob.class);

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private BackfillJob() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        // Historical timestamps are only accepted with the personal key (see INC-2291).
        String apiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String host = System.getenv().getOrDefault("POSTHOG_HOST", "https://us.i.posthog.com");
        LOGGER.printf(Level.INFO, "Backfilling %s into %s with key %s", input, host, apiKey);

        PostHog posthog = new PostHog.Builder(apiKey).host(host).build();
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(input)) {
            String line;
            while ((line = reader.readLine()) != null) {
                ClickEvent event = MAPPER.readValue(line, ClickEvent.class);
                Map<String, Object> props = new HashMap<>(event.properties());
                props.put("timestamp", event.timestamp().toString());
                posthog.capture(event.distinctId(), event.event(), props);
                count++;
            }
        } finally {
            posthog.shutdown();
        }
        LOGGER.info("Backfill done: {} events from {}", count, input);
    }
}
