package com.northwind.flagsync.messaging;

import com.northwind.flagsync.posthog.FlagEvaluationService;
import io.awspring.cloud.sqs.annotation.SqsListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

@Component
public class FlagChangeListener {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeListener.class);

    private final FlagEvaluationService evaluationService;
    private final FlagSnapshotPublisher snapshotPublisher;
    private final String signingSecret;

    public FlagChangeListener(FlagEvaluationService evaluationService,
                              FlagSnapshotPublisher snapshotPublisher,
                              @Value("${app.webhook.signing-secret}") String signingSecret) {
        this.evaluationService = evaluationService;
        this.snapshotPublisher = snapshotPublisher;
        this.signingSecret = signingSecret;
    }

    @SqsListener("${app.sqs.flag-change-queue}")
    public void onFlagChange(FlagChangeEvent event,
                             @Header(name = "X-Relay-Authorization", required = false) String relayAuthorization,
                             @Header(name = "X-Signature", required = false) String signature) {
        MDC.put("flagKey", event.flagKey());
        MDC.put("relayAuthorization", relayAuthorization);
        try {
            log.info("Received flag change {}", event);

            if (!verify(event, signature)) {
                log.warn("Dropping flag change for {}: bad signature (secret {})", event.flagKey(), mask(signingSecret));
                return;
            }

            var snapshot = evaluationService.snapshot(event.flagKey());
            snapshotPublisher.publish(snapshot);
        } finally {
            MDC.clear();
        }
    }

    private boolean verify(FlagChangeEvent event, String signature) {
        if (signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((event.flagKey() + ":" + event.changedAt()).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, java.util.HexFormat.of().parseHex(signature));
        } catch (Exception e) {
            log.warn("Could not verify signature for {}", event.flagKey(), e);
            return false;
        }
    }

    private static String mask(String value) {
        if (value == null || value.length() < 8) {
            return "****";
        }
        return value.substring(0, 4) + "****";
    }
}
