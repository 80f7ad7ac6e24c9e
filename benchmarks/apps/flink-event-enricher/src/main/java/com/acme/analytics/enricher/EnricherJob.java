package com.acme.analytics.enricher;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.config.PostHogConstants;
import com.acme.analytics.enricher.config.RuntimeCredentials;
import com.acme.analytics.enricher.config.SettingsLoader;
import com.acme.analytics.enricher.functions.FlagEnrichmentFunction;
import com.acme.analytics.enricher.functions.SessionStitchingProcessFunction;
import com.acme.analytics.enricher.kafka.KafkaSourceFactory;
import com.acme.analytics.enricher.model.EnrichedEvent;
import com.acme.analytics.enricher.model.RawEvent;
import com.acme.analytics.enricher.ops.StatusServer;
import com.acme.analytics.enricher.sink.PostHogCaptureSink;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads raw PostHog events from Kafka, adds the user's feature flags and session window,
 * and captures the result back into PostHog.
 */
public final class EnricherJob {

    private static final Logger LOG = LogManager.getLogger(EnricherJob.class);

    private EnricherJob() {
    }

    public static void main(String[] args) throws Exception {
        EnricherSettings settings = SettingsLoader.load(args);
        RuntimeCredentials.setPosthogAccessToken(System.getenv(PostHogConstants.ENV_OAUTH_ACCESS_TOKEN));
        LOG.info("Starting {} (parallelism {}) with flags key {}", settings.getJobName(),
                settings.getParallelism(), settings.getSecureApiKey());

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(settings.getParallelism());
        env.enableCheckpointing(Duration.ofMinutes(1).toMillis());

        DataStream<RawEvent> raw = env.fromSource(
                KafkaSourceFactory.rawEvents(settings),
                WatermarkStrategy.<RawEvent>forBoundedOutOfOrderness(Duration.ofSeconds(10))
                        .withTimestampAssigner((event, ts) -> event.timestamp().toEpochMilli()),
                "kafka-raw-events");

        DataStream<EnrichedEvent> enriched = raw
                .map(new FlagEnrichmentFunction(settings)).name("flag-enrichment").uid("flag-enrichment")
                .keyBy(EnrichedEvent::distinctId)
                .process(new SessionStitchingProcessFunction(settings)).name("session-stitching").uid("session-stitching");

        enriched.addSink(new PostHogCaptureSink(settings)).name("posthog-capture").uid("posthog-capture");

        if (settings.getStatusPort() > 0) {
            new StatusServer(settings).start();
        }
        env.execute(settings.getJobName());
    }
}
