package com.lumenstack.connect.posthog;

import java.util.Collection;
import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.client.PostHogClientFactory;
import com.lumenstack.connect.posthog.client.PostHogEventPublisher;
import com.lumenstack.connect.posthog.client.PostHogHealthProbe;
import com.lumenstack.connect.posthog.config.PostHogConfigValidator;
import com.lumenstack.connect.posthog.config.PostHogCredentials;
import com.lumenstack.connect.posthog.config.PostHogSinkConfig;
import com.lumenstack.connect.posthog.mapping.CaptureEvent;
import com.lumenstack.connect.posthog.mapping.RecordToEventMapper;
import com.lumenstack.connect.posthog.status.StatusRegistry;

public class PostHogSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(PostHogSinkTask.class);

    static final String TASK_ID_PROP = "task.id";

    private String taskId;
    private PostHogEventPublisher publisher;
    private RecordToEventMapper mapper;
    private ErrantRecordReporter errantRecordReporter;
    private final StatusRegistry registry = StatusRegistry.instance();

    @Override
    public String version() {
        return PostHogSinkConnector.currentVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        taskId = props.getOrDefault(TASK_ID_PROP, "0");
        log.debug("Task {} starting with properties {}", taskId, props);

        PostHogSinkConfig config = new PostHogSinkConfig(props);
        PostHogConfigValidator.requireUsableKeys(config);

        PostHogCredentials credentials = config.credentials();
        log.info("Task {} connecting to PostHog: {}", taskId, credentials);

        if (config.healthProbeOnStart()) {
            new PostHogHealthProbe().probe(props.getOrDefault(PostHogSinkConnector.CONNECTOR_NAME_PROP, "posthog-sink"),
                    credentials);
        }

        publisher = new PostHogEventPublisher(new PostHogClientFactory().create(config));
        mapper = new RecordToEventMapper(config);
        errantRecordReporter = errantRecordReporter();
        registry.connected(credentials);
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            // Connect runtime older than 2.6
            return null;
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        int delivered = 0;
        for (SinkRecord record : records) {
            try {
                CaptureEvent event = mapper.map(record);
                publisher.publish(event);
                delivered++;
            } catch (DataException e) {
                registry.recordFailed(e);
                if (errantRecordReporter == null) {
                    throw e;
                }
                errantRecordReporter.report(record, e);
            } catch (RuntimeException e) {
                registry.recordFailed(e);
                throw new ConnectException("Failed to publish record from " + record.topic()
                        + "-" + record.kafkaPartition() + "@" + record.kafkaOffset(), e);
            }
        }
        registry.recordSent(delivered);
        log.trace("Task {} handed {} of {} records to the PostHog SDK", taskId, delivered, records.size());
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        if (publisher != null) {
            publisher.flush();
            registry.flushed();
        }
    }

    @Override
    public void stop() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
        log.info("Task {} stopped", taskId);
    }
}
