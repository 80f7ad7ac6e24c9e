package com.acme.analytics.enricher.kafka;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.model.RawEvent;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The Kafka source of raw events, over SASL/SCRAM when credentials are configured. */
public final class KafkaSourceFactory {

    private static final Logger LOG = LogManager.getLogger(KafkaSourceFactory.class);

    static final String JAAS_TEMPLATE =
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";";

    private KafkaSourceFactory() {
    }

    public static String jaasConfig(EnricherSettings settings) {
        return String.format(JAAS_TEMPLATE, settings.getKafkaUsername(), settings.getKafkaPassword());
    }

    public static KafkaSource<RawEvent> rawEvents(EnricherSettings settings) {
        var builder = KafkaSource.<RawEvent>builder()
                .setBootstrapServers(settings.getKafkaBootstrapServers())
                .setTopics(settings.getRawTopic())
                .setGroupId(settings.getKafkaGroupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.LATEST))
                .setValueOnlyDeserializer(new RawEventDeserializer());

        if (settings.getKafkaUsername() != null) {
            String jaas = jaasConfig(settings);
            builder.setProperty("security.protocol", "SASL_SSL")
                    .setProperty("sasl.mechanism", "SCRAM-SHA-512")
                    .setProperty("sasl.jaas.config", jaas);
            LOG.atDebug().log("Kafka SASL enabled, JAAS config: {}", jaas);
        } else {
            LOG.warn("No Kafka credentials configured, connecting to {} in plaintext",
                    settings.getKafkaBootstrapServers());
        }
        return builder.build();
    }
}
