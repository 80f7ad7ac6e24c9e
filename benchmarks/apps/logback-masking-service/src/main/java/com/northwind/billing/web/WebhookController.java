package com.northwind.billing.web;

import com.northwind.billing.config.PaymentProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final PaymentProperties payment;

    public WebhookController(PaymentProperties payment) {
        this.payment = payment;
    }

    @PostMapping("/webhooks/paywell")
    public ResponseEntity<Void> receive(@RequestHeader("X-Paywell-Signature") String signature,
                                        @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                        @RequestBody String payload) throws Exception {
        log.atDebug().addKeyValue("authorization", authorization).log("Webhook received");
        String expected = sign(payload, payment.getWebhookSecret());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Webhook signature mismatch (secret used: {})", payment.getWebhookSecret());
            return ResponseEntity.status(401).build();
        }
        log.info("Webhook accepted, signature length {}", signature.length());
        return ResponseEntity.ok().build();
    }

    private static String sign(String payload, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
