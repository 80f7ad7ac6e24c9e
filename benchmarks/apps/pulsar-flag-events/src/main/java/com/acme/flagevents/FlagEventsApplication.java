package com.acme.flagevents;

import com.acme.flagevents.config.AppConfigLoader;
import com.acme.flagevents.config.PostHogConstants;
import com.acme.flagevents.config.PostHogSettings;
import com.acme.flagevents.config.PulsarSettings;
import com.acme.flagevents.http.AdminServer;
import com.acme.flagevents.posthog.FlagClientFactory;
import com.acme.flagevents.posthog.PostHogFlagsApi;
import com.acme.flagevents.pulsar.FlagEventConsumer;
import com.acme.flagevents.pulsar.FlagEventProducer;
import com.acme.flagevents.pulsar.PulsarClientProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Entry point: wires the Pulsar producer/consumer, the PostHog clients and the admin server.
 */
public final class FlagEventsApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagEventsApplication.class);

    private FlagEventsApplication() {
    }

    public static void main(String[] args) throws Exception {
        Properties defaults = loadDefaults();
        AppConfigLoader loader = AppConfigLoader.fromSystem();
        PulsarSettings pulsar = loader.pulsar();
        PostHogSettings posthog = PostHogSettings.fromEnvironment();

        if (!posthog.hasPersonalApiKey()) {
            log.warn("{} is not set: flags fall back to remote evaluation", PostHogConstants.PERSONAL_KEY_PROPERTY);
        }

        ObjectMapper mapper = new ObjectMapper()
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        FlagClientFactory factory = new FlagClientFactory(posthog);
        PostHogInterface flags = factory.flagsClient();
        PostHogInterface audit = factory.captureClient();
        PostHogFlagsApi flagsApi = new PostHogFlagsApi(posthog, mapper, defaults.getProperty("posthog.project-id", "1"));

        PulsarClientProvider pulsarClient = new PulsarClientProvider(pulsar);
        FlagEventProducer producer = new FlagEventProducer(pulsarClient.client(), pulsar.topic(), posthog);
        FlagEventConsumer consumer = new FlagEventConsumer(pulsarClient.client(), pulsar);

        AdminServer admin = new AdminServer(loader.adminPort(), posthog, flagsApi, mapper, loader.adminApiToken());
        admin.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            admin.stop();
            try {
                consumer.close();
                producer.close();
                pulsarClient.close();
            } catch (Exception e) {
                log.warn("Shutdown incomplete", e);
            }
            flags.close();
            audit.close();
        }, "shutdown"));
        log.info("pulsar-flag-events started");
    }

    private static Properties loadDefaults() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagEventsApplication.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props;
    }
}
