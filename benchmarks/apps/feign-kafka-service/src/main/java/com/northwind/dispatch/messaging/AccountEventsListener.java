package com.northwind.dispatch.messaging;

import java.time.Duration;
import java.time.Instant;

import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
public class AccountEventsListener {

    private static final Logger log = LoggerFactory.getLogger(AccountEventsListener.class);

    private final PostHogInterface postHog;
    private final long tokenTtlMinutes;

    public AccountEventsListener(PostHogInterface postHog,
                                 @Value("${dispatch.reset-token-ttl-minutes:30}") long tokenTtlMinutes) {
        this.postHog = postHog;
        this.tokenTtlMinutes = tokenTtlMinutes;
    }

    @KafkaListener(topics = "${dispatch.kafka.topics.account-events}", groupId = "dispatch-notifications")
    public void onPasswordReset(@Payload PasswordResetEvent event,
                                @Header(KafkaHeaders.RECEIVED_PARTITION) int partition) {
        log.info("Received password reset event on partition {}: {}", partition, event);

        if (Duration.between(event.requestedAt(), Instant.now()).toMinutes() > tokenTtlMinutes) {
            log.debug("Dropping stale reset event, token ttl minutes={}", tokenTtlMinutes);
            return;
        }
        postHog.capture(event.userId(), "password reset requested");
    }
}
