package io.lumenpay.flags.storm.spout;

import io.lumenpay.flags.storm.config.KafkaSettings;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.storm.kafka.spout.FirstPollOffsetStrategy;
import org.apache.storm.kafka.spout.KafkaSpout;
import org.apache.storm.kafka.spout.KafkaSpoutConfig;

public final class KafkaSpoutFactory {

    private static final Logger LOG = LogManager.getLogger(KafkaSpoutFactory.class);

    private KafkaSpoutFactory() {
    }

    public static KafkaSpout<String, String> create(KafkaSettings kafka, String topic) {
        KafkaSpoutConfig.Builder<String, String> builder = KafkaSpoutConfig
                .builder(kafka.getBootstrapServers(), topic)
                .setProp(ConsumerConfig.GROUP_ID_CONFIG, kafka.getConsumerGroup())
                .setProp(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500)
                .setFirstPollOffsetStrategy(FirstPollOffsetStrategy.UNCOMMITTED_EARLIEST)
                .setProcessingGuarantee(KafkaSpoutConfig.ProcessingGuarantee.AT_LEAST_ONCE)
                .setOffsetCommitPeriodMs(10_000);

        if (kafka.isSaslEnabled()) {
            String jaasConfig = kafka.saslJaasConfig();
            builder.setProp(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
                    .setProp(SaslConfigs.SASL_MECHANISM, "PLAIN")
                    .setProp(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig);
            LOG.debug("Kafka SASL enabled for {}: {}", kafka.getSaslUsername(), jaasConfig);
        }

        LOG.info("Kafka spout on {} topic {} (group {})",
                kafka.getBootstrapServers(), topic, kafka.getConsumerGroup());
        return new KafkaSpout<>(builder.build());
    }
}
