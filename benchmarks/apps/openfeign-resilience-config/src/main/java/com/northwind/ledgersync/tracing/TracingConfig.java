package com.northwind.ledgersync.tracing;

import com.northwind.ledgersync.config.PostHogProperties;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationPredicate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

@Configuration(proxyBeanMethods = false)
public class TracingConfig {

    private static final Logger log = LoggerFactory.getLogger(TracingConfig.class);

    enum ApiKeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE }

    @Bean
    ObservationFilter postHogAuthKindFilter(PostHogProperties properties) {
        ApiKeyKind apiKey = properties.hasPersonalApiKey() ? ApiKeyKind.PERSONAL : ApiKeyKind.PROJECT;
        log.info("Tagging observations with PostHog auth kind {}", apiKey);
        KeyValue tag = KeyValue.of("posthog.auth", apiKey.name().toLowerCase(Locale.ROOT));
        return context -> context.addLowCardinalityKeyValue(tag);
    }

    @Bean
    ObservationPredicate skipActuatorObservations() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext serverContext
                && serverContext.getCarrier().getRequestURI().startsWith("/actuator"));
    }
}
