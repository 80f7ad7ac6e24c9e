package com.tidewaterlabs.flagsync.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints what the service connected to at startup; handy when reading pod logs.
 */
@Singleton
public class StartupDiagnostics implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupDiagnostics.class);

    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    @Value("${datasources.default.url}")
    String jdbcUrl;

    @Value("${datasources.default.username}")
    String jdbcUser;

    @Value("${datasources.default.password}")
    String jdbcPassword;

    @Value("${kafka.bootstrap.servers}")
    String kafkaBrokers;

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Datasource {} (user={}, password={})", jdbcUrl, jdbcUser, jdbcPassword);
        LOG.info("Kafka brokers: {}", kafkaBrokers);
        if (!event.getSource().getApplicationContext().containsProperty(PERSONAL_KEY_PROPERTY)) {
            LOG.warn("Property {} is not set; local flag evaluation is disabled", PERSONAL_KEY_PROPERTY);
        }
    }
}
