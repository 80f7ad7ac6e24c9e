package io.lumen.flags.webhook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class WebhookDispatcher {

    private final HttpClient http = HttpClient.newHttpClient();
    private final WebhookCredentials credentials;

    public WebhookDispatcher(
            @ConfigProperty(name = "webhook.target-url") String targetUrl,
            @ConfigProperty(name = "webhook.signing-secret") String signingSecret,
            @ConfigProperty(name = "webhook.signature-header") String signatureHeader) {
        this.credentials = new WebhookCredentials(targetUrl, signingSecret, signatureHeader, Duration.ofSeconds(5));
        Log.infof("Webhook dispatcher configured: %s", credentials);
    }

    public void flagChanged(String flagKey, String payloadJson) throws Exception {
        String signature = sign(payloadJson);
        HttpRequest request = HttpRequest.newBuilder(URI.create(credentials.targetUrl()))
                .timeout(credentials.timeout())
                .header("Content-Type", "application/json")
                .header(credentials.signatureHeader(), signature)
                .POST(HttpRequest.BodyPublishers.ofString(payloadJson))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        Log.infof("Webhook for %s -> %s answered %d (header %s)", flagKey, credentials.targetUrl(),
                response.statusCode(), credentials.signatureHeader());
    }

    private String sign(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(credentials.signingSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
