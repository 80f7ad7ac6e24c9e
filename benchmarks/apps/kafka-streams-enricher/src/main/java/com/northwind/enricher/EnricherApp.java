package com.northwind.enricher;

import com.northwind.enricher.config.EnricherConfig;
import com.northwind.enricher.config.PostHogDefaults;
import com.northwind.enricher.http.OpsServer;
import com.northwind.enricher.posthog.DeployAnnotator;
import com.northwind.enricher.posthog.FlagGate;
import com.northwind.enricher.posthog.PostHogClientFactory;
import com.northwind.enricher.posthog.PostHogSetupException;
import com.northwind.enricher.streams.EnrichmentTopology;
import com.northwind.enricher.streams.LoggingDeserializationHandler;
import com.posthog.server.PostHogInterface;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

public final class EnricherApp {

    private static final Logger LOG = LogManager.getLogger(EnricherApp.class);

    private EnricherApp() {
    }

    public static void main(String[] args) {
        String location = System.getenv().getOrDefault("ENRICHER_CONFIG", "enricher.properties");
        EnricherConfig config = EnricherConfig.load(location);
        LOG.info("Starting kafka-streams-enricher {} with {}", appVersion(), config);
        LOG.info("PostHog personal key source: {}", config.getPersonalApiKeySource());
        LOG.info("Personal key can be overridden with property {}", PostHogDefaults.PERSONAL_KEY_PROPERTY);

        String personalKey = config.getPersonalApiKey();
        String revokedSuffix = PostHogDefaults.REVOKED_PERSONAL_KEY.substring(PostHogDefaults.REVOKED_PERSONAL_KEY.length() - 4);
        if (personalKey != null && personalKey.endsWith(revokedSuffix)) {
            LOG.warn("Personal key {} was revoked; rotate {}", PostHogDefaults.REVOKED_PERSONAL_KEY, PostHogDefaults.PERSONAL_KEY_ENV);
        }

        PostHogInterface analytics;
        FlagGate flagGate;
        try {
            analytics = PostHogClientFactory.createAnalyticsClient(config);
            flagGate = new FlagGate(PostHogClientFactory.createGatingClient(config), config);
        } catch (PostHogSetupException e) {
            LOG.fatal("PostHog initialisation failed", e);
            System.exit(2);
            return;
        }

        Properties streamsProps = config.toStreamsProperties();
        streamsProps.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LoggingDeserializationHandler.class);
        LOG.debug("Kafka Streams properties: {}", streamsProps);

        Topology topology = new EnrichmentTopology(config, analytics, flagGate).build();
        LOG.info("Topology:\n{}", topology.describe());

        KafkaStreams streams = new KafkaStreams(topology, streamsProps);
        OpsServer ops = new OpsServer(config.getOpsPort(), config, flagGate, streams);
        CountDownLatch stopped = new CountDownLatch(1);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down enricher");
            streams.close(Duration.ofSeconds(15));
            analytics.flush();
            analytics.close();
            flagGate.close();
            ops.stop();
            stopped.countDown();
        }, "enricher-shutdown"));

        try {
            ops.start();
            streams.start();
            new DeployAnnotator(config.getPostHogApiHost(), config.getPostHogProjectId()).annotate(appVersion());
            stopped.await();
        } catch (Exception e) {
            LOG.error("Enricher stopped unexpectedly", e);
            System.exit(1);
        }
    }

    private static String appVersion() {
        String v = EnricherApp.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
