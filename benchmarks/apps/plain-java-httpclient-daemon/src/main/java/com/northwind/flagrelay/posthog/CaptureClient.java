package com.northwind.flagrelay.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.flagrelay.config.DaemonConfig;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Sends the relay's own operational events ({@code flag_relay_synced}, ...) to the capture API.
 */
public class CaptureClient {

    private static final Logger log = LoggerFactory.getLogger(CaptureClient.class);
    private static final String DISTINCT_ID = "flag-relay";

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final DaemonConfig config;

    public CaptureClient(CloseableHttpClient http, ObjectMapper mapper, DaemonConfig config) {
        this.http = http;
        this.mapper = mapper;
        this.config = config;
    }

    public void capture(String event, Map<String, Object> properties) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("api_key", config.serverKey());
        payload.put("event", event);
        payload.put("distinct_id", DISTINCT_ID);
        payload.put("timestamp", Instant.now().toString());
        ObjectNode props = payload.putObject("properties");
        properties.forEach((name, value) -> props.set(name, mapper.valueToTree(value)));
        props.put("$lib", "flag-relay");

        HttpPost post = new HttpPost(config.posthogHost() + "/i/v0/e/");
        try {
            post.setEntity(new StringEntity(mapper.writeValueAsString(payload), ContentType.APPLICATION_JSON));
            int status = http.execute(post, response -> response.getCode());
            if (status >= 300) {
                log.warn("Capture of {} rejected with status {}", event, status);
            }
        } catch (IOException e) {
            log.warn("Could not capture {}: {}", event, e.toString());
        }
    }
}
