package com.larkspur.ledger;

import com.larkspur.ledger.analytics.EventPublisher;
import com.larkspur.ledger.analytics.FeatureFlagService;
import com.larkspur.ledger.analytics.PostHogAdminApi;
import com.larkspur.ledger.config.LedgerSettings;
import com.larkspur.ledger.interceptor.AuthInterceptor;
import com.larkspur.ledger.interceptor.RequestLoggingInterceptor;
import com.larkspur.ledger.service.ClientConfigFactory;
import com.larkspur.ledger.service.EntryStore;
import com.larkspur.ledger.service.LedgerServiceImpl;
import com.larkspur.ledger.util.Redactor;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.protobuf.services.HealthStatusManager;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class LedgerServer {

    private static final Logger log = LoggerFactory.getLogger(LedgerServer.class);

    private LedgerServer() {
    }

    public static void main(String[] args) throws Exception {
        LedgerSettings settings = LedgerSettings.load();
        log.info("Starting larkspur-ledger with {}", settings);
        log.info("PostHog: {}", settings.describe());
        log.info("Flags key digest {}", Redactor.digest(settings.flagsSecureKey()));

        Set<String> partnerKeys = Arrays.stream(System.getenv().getOrDefault("LEDGER_PARTNER_KEYS", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        log.info("Loaded {} partner keys", partnerKeys.size());

        FeatureFlagService flags = new FeatureFlagService(settings);
        EventPublisher events = new EventPublisher(settings);
        LedgerServiceImpl service = new LedgerServiceImpl(new EntryStore(settings.signingSecret()), events, flags,
                new PostHogAdminApi(settings), new ClientConfigFactory(settings));
        HealthStatusManager health = new HealthStatusManager();

        Server server = ServerBuilder.forPort(settings.port())
                .addService(ServerInterceptors.intercept(service,
                        new AuthInterceptor(partnerKeys), new RequestLoggingInterceptor()))
                .addService(health.getHealthService())
                .build()
                .start();
        health.setStatus("", HealthCheckResponse.ServingStatus.SERVING);
        log.info("gRPC server listening on {}", settings.port());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            health.enterTerminalState();
            server.shutdown();
            try {
                server.awaitTermination(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.shutdown();
            flags.close();
        }));
        server.awaitTermination();
    }
}
