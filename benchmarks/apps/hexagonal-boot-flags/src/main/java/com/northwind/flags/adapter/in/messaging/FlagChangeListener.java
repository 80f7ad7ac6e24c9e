package com.northwind.flags.adapter.in.messaging;

import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.port.in.EvaluateFlagsUseCase;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Consumes flag change notifications that the webhook relay forwards from PostHog.
 */
@Slf4j
@Component
public class FlagChangeListener {

    static final String RELAY_TOKEN_HEADER = "X-Relay-Token";

    private final EvaluateFlagsUseCase flags;
    private final byte[] expectedRelayToken;

    public FlagChangeListener(EvaluateFlagsUseCase flags,
                              @Value("${flags.relay.token}") String relayToken) {
        this.flags = flags;
        this.expectedRelayToken = relayToken.getBytes(StandardCharsets.UTF_8);
        log.info("Flag change relay armed, token fingerprint {}",
                DigestUtils.md5DigestAsHex(expectedRelayToken));
    }

    public record FlagChangedMessage(String flagKey, String name, boolean active, int rolloutPercentage,
                                     String changedBy, long personalApiKeyId) {
    }

    @KafkaListener(topics = "${flags.relay.topic}", groupId = "hexagonal-boot-flags")
    public void onFlagChanged(@Payload FlagChangedMessage message,
                              @Header(RELAY_TOKEN_HEADER) byte[] relayToken) {
        if (!MessageDigest.isEqual(expectedRelayToken, relayToken)) {
            String presented = new String(relayToken, StandardCharsets.UTF_8);
            log.warn("Dropping change of {}: relay token '{}' does not match", message.flagKey(), presented);
            return;
        }
        log.info("Flag {} changed by {} using personal key #{}",
                message.flagKey(), message.changedBy(), message.personalApiKeyId());
        flags.applyChange(new FeatureFlag(null, message.flagKey(), message.name(),
                message.active(), message.rolloutPercentage(), null));
    }
}
