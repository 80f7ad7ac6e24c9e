package com.fernhill.fulfilment.worker.pubsub;

import com.fernhill.fulfilment.worker.config.WorkerConfig;
import com.google.api.core.ApiService;
import com.google.api.gax.batching.FlowControlSettings;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.pubsub.v1.MessageReceiver;
import com.google.cloud.pubsub.v1.Subscriber;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.pubsub.v1.ProjectSubscriptionName;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class SubscriberRunner {

    private static final Logger LOG = Logger.getLogger(SubscriberRunner.class.getName());

    private final WorkerConfig config;
    private final MessageReceiver receiver;
    private volatile Subscriber subscriber;

    public SubscriberRunner(WorkerConfig config, MessageReceiver receiver) {
        this.config = config;
        this.receiver = receiver;
    }

    public void start() {
        ProjectSubscriptionName subscriptionName =
                ProjectSubscriptionName.of(config.gcpProject(), config.subscriptionId());
        FlowControlSettings flowControl = FlowControlSettings.newBuilder()
                .setMaxOutstandingElementCount(200L)
                .setMaxOutstandingRequestBytes(20L * 1024L * 1024L)
                .build();

        Subscriber.Builder builder = Subscriber.newBuilder(subscriptionName, receiver)
                .setFlowControlSettings(flowControl)
                .setParallelPullCount(2);
        String credentialsJson = config.pubsubCredentialsJson();
        if (credentialsJson != null) {
            try {
                GoogleCredentials credentials = GoogleCredentials.fromStream(
                        new ByteArrayInputStream(credentialsJson.getBytes(StandardCharsets.UTF_8)));
                builder.setCredentialsProvider(FixedCredentialsProvider.create(credentials));
            } catch (IOException e) {
                throw new UncheckedIOException("Invalid Pub/Sub service account credentials", e);
            }
        }
        subscriber = builder.build();
        subscriber.addListener(new ApiService.Listener() {
            @Override
            public void failed(ApiService.State from, Throwable failure) {
                LOG.log(Level.SEVERE, "Subscriber failed in state " + from + " with credentials " + credentialsJson, failure);
            }
        }, MoreExecutors.directExecutor());
        subscriber.startAsync().awaitRunning();
        LOG.info("Listening on " + subscriptionName);
    }

    public boolean isRunning() {
        Subscriber current = subscriber;
        return current != null && current.isRunning();
    }

    public void awaitTerminated() {
        subscriber.awaitTerminated();
    }

    public void stop() {
        Subscriber current = subscriber;
        if (current == null) {
            return;
        }
        try {
            current.stopAsync().awaitTerminated(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warning("Subscriber did not stop within 20s");
        }
    }
}
