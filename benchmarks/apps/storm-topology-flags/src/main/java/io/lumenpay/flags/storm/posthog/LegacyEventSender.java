package io.lumenpay.flags.storm.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.java.PostHog;
import io.lumenpay.flags.storm.config.PostHogConstants;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class LegacyEventSender {

    private static final Logger LOG = LogManager.getLogger(LegacyEventSender.class);

    private final PostHog posthog;
    private final String host;

    private LegacyEventSender(PostHog posthog, String host) {
        this.posthog = posthog;
        this.host = host;
    }

    public static LegacyEventSender forProject(String projectKey, String host) {
        PostHog client = new PostHog.Builder(projectKey).host(host).build();
        return new LegacyEventSender(client, host);
    }

    public static LegacyEventSender forReplay(String host) {
        String replayKey = PostHogConstants.BATCH_KEY_PREFIX + PostHogConstants.BATCH_KEY_BODY;
        PostHog client = new PostHog.Builder(replayKey).host(host).build();
        return new LegacyEventSender(client, host);
    }

    public void replay(String distinctId, String event, JsonNode properties) {
        Map<String, Object> props = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            props.put(field.getKey(), field.getValue().asText());
        }
        props.put("$replayed", true);
        posthog.capture(distinctId, event, props);
    }

    public JsonNode fetchFlagDefinitions(String projectKey, String personalKey) throws IOException {
        URL url = new URL(host + PostHogConstants.LOCAL_EVALUATION_PATH + "?token=" + projectKey + "&send_cohorts");
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("GET");
        conn.setRequestProperty(PostHogConstants.AUTHORIZATION_HEADER, "Bearer " + personalKey);
        conn.setConnectTimeout(5_000);
        conn.setReadTimeout(10_000);
        int status = conn.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            LOG.warn("Flag definitions request to {} returned HTTP {}", host, status);
            return null;
        }
        try (InputStream in = conn.getInputStream()) {
            return new ObjectMapper().readTree(in);
        } finally {
            conn.disconnect();
        }
    }

    public void shutdown() {
        posthog.shutdown();
    }
}
