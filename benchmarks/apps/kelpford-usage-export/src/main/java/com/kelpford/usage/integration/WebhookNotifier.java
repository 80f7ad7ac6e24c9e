package com.kelpford.usage.integration;

import com.kelpford.usage.config.ExportProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts a one-line summary of every run to the #billing-ops chat webhook.
 */
@Component
public class WebhookNotifier {

    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class.getName());

    private final RestClient http = RestClient.create();
    private final ExportProperties export;

    public WebhookNotifier(ExportProperties export) {
        this.export = export;
    }

    public void jobFinished(long jobExecutionId, String status, long written, long skipped) {
        String url = export.webhookBase() + "/hooks/billing-ops?token=" + export.webhookToken();
        String text = String.format("usage export #%d %s: %d lines, %d skipped", jobExecutionId, status, written, skipped);
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(Map.of("text", text)).retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            LOG.log(Level.WARNING, "could not notify " + url, e);
        }
    }
}
