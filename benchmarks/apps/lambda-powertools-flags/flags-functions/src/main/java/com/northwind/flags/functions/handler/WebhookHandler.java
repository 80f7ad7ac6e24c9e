package com.northwind.flags.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.common.EnvNames;
import com.northwind.flags.common.Masking;
import com.northwind.flags.functions.secrets.WebhookSecretStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.logging.Logging;

/**
 * POST /webhooks/posthog — PostHog action destination fired when a feature flag changes.
 */
public class WebhookHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOGGER = LoggerFactory.getLogger(WebhookHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WebhookSecretStore secretStore =
            new WebhookSecretStore(SecretsManagerClient.create(), System.getenv(EnvNames.WEBHOOK_SECRET_ID));

    @Override
    @Logging
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOGGER.debug("PostHog webhook received: {}", event);
        Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
        String signature = headers.get("X-PostHog-Signature");
        String body = Optional.ofNullable(event.getBody()).orElse("");

        String signingSecret = secretStore.signingSecret();
        String expected = hmacSha256Hex(signingSecret, body);
        if (signature == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            LOGGER.warn("Webhook signature mismatch; signing secret fingerprint {}", Masking.sha256Hex(signingSecret));
            return ErrorResponses.forbidden();
        }

        try {
            JsonNode payload = MAPPER.readTree(body);
            LOGGER.info("Flag {} changed ({})", payload.path("flag").path("key").asText(),
                    payload.path("event").asText("updated"));
        } catch (JsonProcessingException e) {
            return ErrorResponses.badRequest("Body is not JSON");
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(204);
    }

    private static String hmacSha256Hex(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
