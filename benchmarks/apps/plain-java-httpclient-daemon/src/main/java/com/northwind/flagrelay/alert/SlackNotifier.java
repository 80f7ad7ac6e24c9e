package com.northwind.flagrelay.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Posts flag-change announcements to Slack through {@code chat.postMessage}.
 */
public class SlackNotifier {

    private static final Logger log = LoggerFactory.getLogger(SlackNotifier.class);
    private static final String POST_MESSAGE_URL = "https://slack.com/api/chat.postMessage";
    private static final AlertTemplate CHANGED =
            AlertTemplate.compile(":triangular_flag_on_post: {count} feature flag(s) changed: {flags}");

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final String botToken;
    private final String channel;

    public SlackNotifier(CloseableHttpClient http, ObjectMapper mapper, String botToken, String channel) {
        this.http = http;
        this.mapper = mapper;
        this.botToken = botToken;
        this.channel = channel;
    }

    public void flagsChanged(Collection<String> flagKeys) {
        alert(CHANGED.render(Map.of(
                "count", String.valueOf(flagKeys.size()),
                "flags", String.join(", ", flagKeys))));
    }

    public void alert(String text) {
        if (botToken == null) {
            log.debug("Slack is not configured; dropping alert: {}", text);
            return;
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("channel", channel);
        body.put("text", text);

        HttpPost post = new HttpPost(POST_MESSAGE_URL);
        post.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + botToken);
        try {
            post.setEntity(new StringEntity(mapper.writeValueAsString(body), ContentType.APPLICATION_JSON));
            JsonNode reply = http.execute(post, response -> mapper.readTree(EntityUtils.toString(response.getEntity())));
            if (!reply.path("ok").asBoolean(false)) {
                log.warn("Slack rejected message to {} (error={}, token={})", channel, reply.path("error").asText(), botToken);
            }
        } catch (IOException e) {
            log.warn("Could not post to Slack channel {}", channel, e);
        }
    }
}
