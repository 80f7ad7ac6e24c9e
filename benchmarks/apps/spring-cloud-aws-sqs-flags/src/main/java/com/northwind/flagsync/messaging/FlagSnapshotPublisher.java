package com.northwind.flagsync.messaging;

import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.posthog.FlagSnapshot;
import io.awspring.cloud.sqs.operations.SendResult;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class FlagSnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotPublisher.class);

    private final SqsTemplate sqsTemplate;
    private final PostHogProperties properties;
    private final String snapshotQueue;

    public FlagSnapshotPublisher(SqsTemplate sqsTemplate,
                                 PostHogProperties properties,
                                 @Value("${app.sqs.snapshot-queue}") String snapshotQueue) {
        this.sqsTemplate = sqsTemplate;
        this.properties = properties;
        this.snapshotQueue = snapshotQueue;
    }

    public void publish(FlagSnapshot snapshot) {
        SendResult<FlagSnapshot> result = sqsTemplate.send(to -> to
                .queue(snapshotQueue)
                .payload(snapshot)
                .messageGroupId(snapshot.flagKey())
                .header("posthog-project-key", properties.getProjectApiKey()));

        log.info("Published snapshot of {} to {} (messageId={}, header {} not forwarded)",
                snapshot.flagKey(), snapshotQueue, result.messageId(), PostHogKeys.API_KEY_HEADER);
    }
}
