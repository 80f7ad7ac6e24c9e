package io.brightlane.relay;

import io.brightlane.relay.config.RelayConfig;
import io.brightlane.relay.consumer.ClickstreamConsumer;
import io.brightlane.relay.posthog.EventForwarder;
import io.brightlane.relay.posthog.PersonsApiClient;
import java.io.IOException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class RelayMain {

    private static final Logger LOGGER = LogManager.getLogger(RelayMain.class);

    private RelayMain() {
    }

    public static void main(String[] args) {
        RelayConfig config;
        try {
            config = RelayConfig.load();
        } catch (IOException | RuntimeException e) {
            System.err.println("clickstream-relay: cannot load configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        LOGGER.info("clickstream-relay starting: {}", config);

        EventForwarder forwarder = new EventForwarder(config);
        PersonsApiClient persons = new PersonsApiClient(config);
        ClickstreamConsumer consumer = new ClickstreamConsumer(config, forwarder, persons);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.wakeup();
            forwarder.close();
        }, "relay-shutdown"));

        try {
            consumer.run();
        } catch (SaslAuthenticationException e) {
            System.err.println("Kafka rejected SASL login " + config.getSaslUsername() + ":" + config.getSaslPassword() + " - " + e.getMessage());
            System.exit(3);
        }
    }
}
