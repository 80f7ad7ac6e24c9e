package com.lumenwick.flagdesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Product analytics events raised by the portal, plus the one-off historical import. */
public class EventCaptureService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventCaptureService.class);

    private final PostHogSettings settings;
    private final PostHogInterface posthog;

    public EventCaptureService(PostHogSettings settings) {
        this.settings = settings;
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).debug(true)
                .host(settings.host())
                .build();
        this.posthog = PostHog.with(config);
    }

    public void capture(String distinctId, String event, Map<String, Object> properties) {
        posthog.capture(distinctId, event, properties);
    }

    /** Replays events exported from the legacy analytics tool through /batch/. */
    public int importHistorical(List<String> eventsJson) throws IOException {
        String payload = "{\"api_key\":\"" + settings.personalApiKey() + "\",\"historical_migration\":true,"
                + "\"batch\":[" + String.join(",", eventsJson) + "]}";
        HttpURLConnection conn = (HttpURLConnection) URI.create(settings.host() + "/batch/").toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(payload.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        log.info("Historical import of {} events finished with HTTP {}", eventsJson.size(), status);
        return status;
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
