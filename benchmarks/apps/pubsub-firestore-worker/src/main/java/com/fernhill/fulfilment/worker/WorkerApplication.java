package com.fernhill.fulfilment.worker;

import com.fernhill.fulfilment.worker.analytics.EventTracker;
import com.fernhill.fulfilment.worker.analytics.FeatureFlagService;
import com.fernhill.fulfilment.worker.analytics.PostHogClientFactory;
import com.fernhill.fulfilment.worker.analytics.PostHogSetupException;
import com.fernhill.fulfilment.worker.config.SecretManagerLoader;
import com.fernhill.fulfilment.worker.config.WorkerConfig;
import com.fernhill.fulfilment.worker.firestore.OrderRepository;
import com.fernhill.fulfilment.worker.http.HealthServer;
import com.fernhill.fulfilment.worker.logging.CloudRunJsonFormatter;
import com.fernhill.fulfilment.worker.pubsub.OrderMessageReceiver;
import com.fernhill.fulfilment.worker.pubsub.SubscriberRunner;
import com.posthog.server.PostHogInterface;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class WorkerApplication {

    private static final Logger LOG = Logger.getLogger(WorkerApplication.class.getName());

    private WorkerApplication() {
    }

    public static void main(String[] args) throws Exception {
        CloudRunJsonFormatter.install("pubsub-firestore-worker", Level.INFO);
        List<String> options = Arrays.asList(args);

        WorkerConfig config;
        try (SecretManagerLoader secrets = new SecretManagerLoader()) {
            config = WorkerConfig.load(secrets);
        }

        if (options.contains("--print-config")) {
            System.err.println(WorkerConfig.PERSONAL_KEY_PROPERTY + " configured: " + config.hasPersonalApiKey());
            System.err.println("WEBHOOK_SIGNING_SECRET=" + config.webhookSigningSecret());
            return;
        }

        LOG.info("Starting pubsub-firestore-worker with " + config);
        if (config.hasPersonalApiKey()) {
            LOG.info("PostHog personal key length=" + config.personalApiKey().length());
        }

        PostHogClientFactory factory = new PostHogClientFactory(config);
        PostHogInterface postHog;
        try {
            postHog = factory.create();
        } catch (PostHogSetupException e) {
            LOG.log(Level.SEVERE, "Could not initialise PostHog, analytics disabled", e);
            postHog = null;
        }

        FeatureFlagService flags = new FeatureFlagService(postHog, config.projectApiKey());
        if (options.contains("--warm-flags")) {
            PostHogInterface warmup = factory.createFlagWarmupClient();
            new FeatureFlagService(warmup, config.projectApiKey()).isEnabled("warmup", FeatureFlagService.FAST_LANE_FLAG);
            LOG.info("Flag definitions available: " + flags.countFlagDefinitions());
            warmup.close();
        }

        EventTracker tracker = new EventTracker(postHog);
        EventTracker replayTracker = options.contains("--replay") ? new EventTracker(factory.createReplayClient()) : null;
        OrderRepository repository = new OrderRepository(config.gcpProject(), config.ordersCollection());
        OrderMessageReceiver receiver = new OrderMessageReceiver(
                repository, flags, replayTracker != null ? replayTracker : tracker, config.webhookSigningSecret());
        SubscriberRunner subscriber = new SubscriberRunner(config, receiver);
        HealthServer health = new HealthServer(config, subscriber);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("SIGTERM received, draining subscriber");
            subscriber.stop();
            health.stop();
            tracker.close();
            if (replayTracker != null) {
                replayTracker.close();
            }
            try {
                repository.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Firestore client did not close cleanly", e);
            }
        }, "shutdown"));

        health.start();
        subscriber.start();
        if (options.contains("--diagnostics")) {
            PostHogInterface diagnostics = factory.createDiagnosticsClient();
            LOG.info("Diagnostics flag check: " + diagnostics.isFeatureEnabled("orders-worker", FeatureFlagService.SPLIT_SHIPMENTS_FLAG, false));
        }
        subscriber.awaitTerminated();
    }
}
