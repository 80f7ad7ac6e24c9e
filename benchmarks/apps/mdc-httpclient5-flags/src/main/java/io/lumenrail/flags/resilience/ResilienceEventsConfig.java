package io.lumenrail.flags.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.registry.EntryAddedEvent;
import io.github.resilience4j.core.registry.EntryRemovedEvent;
import io.github.resilience4j.core.registry.EntryReplacedEvent;
import io.github.resilience4j.core.registry.RegistryEventConsumer;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ResilienceEventsConfig {

    private static final Logger log = LoggerFactory.getLogger(ResilienceEventsConfig.class);

    @Bean
    public RegistryEventConsumer<Retry> retryEventConsumer(MeterRegistry meterRegistry) {
        return new RegistryEventConsumer<>() {
            @Override
            public void onEntryAddedEvent(EntryAddedEvent<Retry> entryAddedEvent) {
                entryAddedEvent.getAddedEntry().getEventPublisher().onRetry(event -> {
                    Throwable cause = event.getLastThrowable();
                    String causeType = cause == null ? "unknown" : cause.getClass().getSimpleName();
                    log.warn("Retry '{}' attempt {} failed with {}", event.getName(), event.getNumberOfRetryAttempts(), causeType);
                    meterRegistry.counter("posthog.retry.attempts", Tags.of("name", event.getName())).increment();
                });
            }

            @Override
            public void onEntryRemovedEvent(EntryRemovedEvent<Retry> entryRemoveEvent) {
            }

            @Override
            public void onEntryReplacedEvent(EntryReplacedEvent<Retry> entryReplacedEvent) {
            }
        };
    }

    @Bean
    public RegistryEventConsumer<CircuitBreaker> circuitBreakerEventConsumer(MeterRegistry meterRegistry) {
        return new RegistryEventConsumer<>() {
            @Override
            public void onEntryAddedEvent(EntryAddedEvent<CircuitBreaker> entryAddedEvent) {
                CircuitBreaker circuitBreaker = entryAddedEvent.getAddedEntry();
                circuitBreaker.getEventPublisher().onStateTransition(event -> {
                    log.info("Circuit '{}' moved {}", event.getCircuitBreakerName(), event.getStateTransition());
                    meterRegistry.counter("posthog.circuit.transitions",
                            Tags.of("name", event.getCircuitBreakerName(),
                                    "to", event.getStateTransition().getToState().name())).increment();
                });
            }

            @Override
            public void onEntryRemovedEvent(EntryRemovedEvent<CircuitBreaker> entryRemoveEvent) {
            }

            @Override
            public void onEntryReplacedEvent(EntryReplacedEvent<CircuitBreaker> entryReplacedEvent) {
            }
        };
    }
}
