package com.northwind.flags.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

public class SlackNotifier {

    private static final Logger LOG = Logger.getLogger(SlackNotifier.class.getName());
    private static final String POST_MESSAGE_URL = "https://slack.com/api/chat.postMessage";

    private final String botToken;
    private final String channel;

    public SlackNotifier(String botToken, String channel) {
        this.botToken = botToken;
        this.channel = channel;
    }

    public static SlackNotifier fromEnvironment() {
        return new SlackNotifier(System.getenv("SLACK_BOT_TOKEN"),
                System.getenv().getOrDefault("SLACK_CHANNEL", "#feature-flags"));
    }

    public void post(String text) {
        if (botToken == null || botToken.isBlank()) {
            LOG.fine("Slack notifications disabled");
            return;
        }
        LOG.fine("Posting to " + channel + " as bot " + botToken);
        String payload = "{\"channel\":\"" + channel + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(POST_MESSAGE_URL).toURL().openConnection();
            conn.setRequestMethod("POST");
            conn.setDoOutput(true);
            conn.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            conn.setRequestProperty("Authorization", "Bearer " + botToken);
            try (OutputStream out = conn.getOutputStream()) {
                out.write(payload.getBytes(StandardCharsets.UTF_8));
            }
            int status = conn.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                LOG.warning("Slack returned HTTP " + status);
            }
        } catch (IOException e) {
            LOG.warning("Slack notification failed: " + e.getMessage());
        }
    }
}
