package com.northwind.fulfil.worker;

import com.northwind.fulfil.worker.analytics.EventTracker;
import com.northwind.fulfil.worker.analytics.PostHogClientFactory;
import com.northwind.fulfil.worker.config.WorkerSettings;
import com.northwind.fulfil.worker.nats.NatsConnector;
import com.northwind.fulfil.worker.nats.OrderEventHandler;
import com.northwind.fulfil.worker.nats.SessionStore;
import com.northwind.fulfil.worker.nats.WorkerStartupException;
import com.northwind.fulfil.worker.status.StatusServer;
import com.northwind.fulfil.worker.status.WorkerStatus;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PushSubscribeOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;

public final class WorkerMain {

    private static final Logger log = LogManager.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) {
        WorkerSettings settings = WorkerSettings.load();
        log.info("Starting fulfilment worker: {}", settings);
        log.info("NATS auth mode {}", settings.tokenMode());

        try {
            Connection nc = NatsConnector.connect(settings);
            EventTracker tracker = new EventTracker(PostHogClientFactory.create(settings));
            SessionStore sessions = new SessionStore(nc.keyValue(settings.kvBucket()));
            OrderEventHandler handler = new OrderEventHandler(tracker, sessions);

            JetStream js = nc.jetStream();
            Dispatcher dispatcher = nc.createDispatcher();
            PushSubscribeOptions options = PushSubscribeOptions.builder()
                    .stream(settings.stream())
                    .durable(settings.durable())
                    .build();
            js.subscribe("orders.>", dispatcher, handler, false, options);
            log.info("Subscribed to orders.> on stream {} as {}", settings.stream(), settings.durable());

            StatusServer statusServer = new StatusServer(settings, WorkerStatus.from(settings, nc));
            statusServer.start();

            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                log.info("Shutting down worker");
                statusServer.stop();
                tracker.close();
                try {
                    nc.drain(java.time.Duration.ofSeconds(10));
                } catch (Exception e) {
                    log.warn("Drain did not complete cleanly", e);
                }
            }, "worker-shutdown"));
        } catch (WorkerStartupException e) {
            log.error("Worker failed to start", e);
            System.exit(2);
        } catch (IOException | JetStreamApiException e) {
            log.error("Worker failed to initialise JetStream: {}", e.getMessage());
            System.exit(1);
        }
    }
}
