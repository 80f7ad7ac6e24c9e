package com.acme.clickstream;

import com.posthog.server.PostHogInterface;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Kafka Streams job that forwards web click events to PostHog.
 */
public final class ClickstreamApp {

    private static final Logger LOG = LogManager.getLogger(ClickstreamApp.class);

    private ClickstreamApp() {
    }

    public static void main(String[] args) throws Exception {
        String personalKey = System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY);
        if (personalKey != null && !personalKey.startsWith("phx_") && !personalKey.startsWith("phs_")) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is not a personal or secure key: " + System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY));
            System.exit(2);
        }

        AppConfig config = AppConfig.load();
        PostHogSettings settings = config.posthog();
        LOG.info("PostHog settings: {}", settings);
        if (settings.hasPersonalApiKey()) {
            LOG.info("PostHog personal API key {} ({} chars)", Masking.mask(settings.personalApiKey()), settings.personalApiKey().length());
            LOG.debug("PostHog personal API key prefix {}", settings.personalApiKey().substring(0, 8));
        }
        LOG.info("Connecting to Kafka at {} as {}", config.bootstrapServers(), config.credentials());
        LOG.info("Kill-switch flag cache TTL {}", Defaults.FLAG_CACHE_TTL);

        PostHogInterface capture = PostHogClientProvider.captureClient();
        PostHogInterface flags = settings.hasPersonalApiKey() ? PostHogClientProvider.flagClient(settings) : null;
        PostHogSink sink = new PostHogSink(capture, settings);

        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, ClickEvent> events = builder.stream(config.inputTopic(), Consumed.with(Serdes.String(), ClickEventSerde.create()));
        events.filter((key, event) -> flags == null || flags.isFeatureEnabled("clickstream-sink", settings.killSwitchFlag(), true))
                .foreach(sink);

        KafkaStreams streams = new KafkaStreams(builder.build(), config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed, replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        StatusServer status = new StatusServer(config, sink, streams);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            status.close();
            streams.close(Duration.ofSeconds(30));
            capture.close();
        }, "shutdown"));
        streams.start();
        status.start();
    }
}
