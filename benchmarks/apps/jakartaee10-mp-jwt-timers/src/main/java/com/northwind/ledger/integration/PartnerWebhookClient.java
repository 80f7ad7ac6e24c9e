package com.northwind.ledger.integration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PartnerWebhookClient {

    private static final Logger LOG = Logger.getLogger(PartnerWebhookClient.class.getName());
    private static final String SIGNATURE_HEADER = "X-Ledger-Signature";

    @Inject
    @ConfigProperty(name = "partner.webhook.url")
    String webhookUrl;

    @Inject
    @ConfigProperty(name = "partner.webhook.signing-secret")
    String signingSecret;

    private final HttpClient http = HttpClient.newHttpClient();

    @PostConstruct
    void init() {
        LOG.config("Partner webhook target " + webhookUrl + ", signing secret set: " + !signingSecret.isBlank());
    }

    public void deliver(String payloadJson) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, sign(payloadJson))
                .POST(HttpRequest.BodyPublishers.ofString(payloadJson))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new PartnerIntegrationException("Partner webhook unreachable: " + webhookUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerIntegrationException("Interrupted while calling partner webhook", e);
        }
        if (status >= 400) {
            throw new PartnerIntegrationException("Partner rejected delivery to " + webhookUrl
                    + " (HTTP " + status + ", signed with " + signingSecret + ")", status);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign partner payload", e);
        }
    }
}
