package com.northwind.relay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.relay.dto.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/webhooks")
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    static final String SIGNATURE_HEADER = "X-Partner-Signature";
    static final String PARTNER_TOKEN_HEADER = "X-Partner-Token";

    private final Environment environment;
    private final ObjectMapper objectMapper;
    private final com.posthog.java.PostHog legacyCaptureClient;

    public WebhookController(Environment environment,
                             ObjectMapper objectMapper,
                             com.posthog.java.PostHog legacyCaptureClient) {
        this.environment = environment;
        this.objectMapper = objectMapper;
        this.legacyCaptureClient = legacyCaptureClient;
    }

    @PostMapping("/{partner}")
    public ResponseEntity<Map<String, Object>> receive(@PathVariable String partner,
                                                       @RequestHeader(SIGNATURE_HEADER) String signature,
                                                       @RequestHeader(PARTNER_TOKEN_HEADER) String partnerToken,
                                                       @RequestBody String rawBody) throws IOException {
        log.debug("Webhook from {} authenticated with {}", partner, partnerToken);

        String signingSecret = environment.getRequiredProperty("relay.partners." + partner + ".signing-secret");
        if (!signatureMatches(rawBody, signature, signingSecret)) {
            log.warn("Signature mismatch for partner {}: got {}, signing secret {}", partner, signature, signingSecret);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        WebhookEvent event = objectMapper.readValue(rawBody, WebhookEvent.class);
        log.info("Relaying {} event {} for partner {} (sessionId={})", event.type(), event.id(), partner, event.sessionId());
        legacyCaptureClient.capture(event.distinctId(), "partner." + event.type(), event.properties());

        return ResponseEntity.accepted().body(Map.of("received", event.id()));
    }

    private static boolean signatureMatches(String body, String signature, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            byte[] provided = HexFormat.of().parseHex(signature.replaceFirst("^sha256=", ""));
            return MessageDigest.isEqual(expected, provided);
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException ex) {
            return false;
        }
    }
}
