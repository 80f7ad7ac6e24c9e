package com.harborline.flaggateway.config;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.core.registry.EntryAddedEvent;
import io.github.resilience4j.core.registry.EntryRemovedEvent;
import io.github.resilience4j.core.registry.EntryReplacedEvent;
import io.github.resilience4j.core.registry.RegistryEventConsumer;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

@Slf4j
@Configuration
public class ResilienceConfig {

    public static final String POSTHOG_BREAKER = "posthog";

    @Bean
    public CircuitBreakerConfigCustomizer postHogBreakerCustomizer() {
        return CircuitBreakerConfigCustomizer.of(POSTHOG_BREAKER, builder -> builder
                .recordExceptions(WebClientRequestException.class, WebClientResponseException.class, TimeoutException.class)
                .slowCallDurationThreshold(Duration.ofSeconds(2))
                .slowCallRateThreshold(80));
    }

    @Bean
    public RegistryEventConsumer<CircuitBreaker> circuitBreakerEventLogger() {
        return new RegistryEventConsumer<>() {
            @Override
            public void onEntryAddedEvent(EntryAddedEvent<CircuitBreaker> event) {
                event.getAddedEntry().getEventPublisher()
                        .onStateTransition(e -> log.warn("Circuit breaker '{}' moved {}", e.getCircuitBreakerName(), e.getStateTransition()))
                        .onCallNotPermitted(e -> log.debug("Call rejected by open breaker '{}'", e.getCircuitBreakerName()));
            }

            @Override
            public void onEntryRemovedEvent(EntryRemovedEvent<CircuitBreaker> event) {
                log.debug("Circuit breaker '{}' removed", event.getRemovedEntry().getName());
            }

            @Override
            public void onEntryReplacedEvent(EntryReplacedEvent<CircuitBreaker> event) {
                log.debug("Circuit breaker '{}' replaced", event.getNewEntry().getName());
            }
        };
    }
}
