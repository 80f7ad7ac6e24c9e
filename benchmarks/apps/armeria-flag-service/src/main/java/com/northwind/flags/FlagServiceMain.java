package com.northwind.flags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.grpc.GrpcService;
import com.linecorp.armeria.server.logging.LoggingService;
import com.northwind.flags.config.ConfigLoader;
import com.northwind.flags.config.EnvNames;
import com.northwind.flags.config.PostHogCredentials;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.grpc.MobileConfigGrpcService;
import com.northwind.flags.model.ApiKeyKind;
import com.northwind.flags.posthog.PostHogApiClient;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.northwind.flags.web.FlagAdminService;
import com.northwind.flags.web.FlagEvaluationService;
import com.northwind.flags.web.RequestAuditDecorator;
import com.posthog.server.PostHogInterface;

public final class FlagServiceMain {

    private static final Logger log = LoggerFactory.getLogger(FlagServiceMain.class);

    public static void main(String[] args) {
        ConfigLoader loader = new ConfigLoader();
        PostHogSettings settings = loader.loadPostHog();
        log.info("Starting flag-service {} with {}", BuildInfo.VERSION, settings);

        PostHogCredentials credentials = loader.loadCredentials(settings);
        log.debug("Resolved PostHog credentials: {}", credentials);

        ApiKeyKind apiKey = settings.getSecureApiKey() != null ? ApiKeyKind.SECURE
                : settings.getPersonalApiKey() != null ? ApiKeyKind.PERSONAL : ApiKeyKind.NONE;
        log.info("Local flag evaluation authenticates with apiKey={}", apiKey);

        PostHogClientFactory factory = new PostHogClientFactory(settings);
        PostHogInterface posthog = factory.createFlagClient();
        PostHogApiClient api = new PostHogApiClient(settings, credentials);

        Server server = Server.builder()
                .http(loader.getInt("server.port", 8080))
                .annotatedService(new FlagEvaluationService(posthog, settings))
                .annotatedService(new FlagAdminService(settings, api,
                        loader.get(EnvNames.ADMIN_PASSWORD, "admin.password")))
                .service(GrpcService.builder()
                        .addService(new MobileConfigGrpcService(settings))
                        .enableUnframedRequests(true)
                        .build())
                .decorator(new RequestAuditDecorator())
                .decorator(LoggingService.newDecorator())
                .build();

        server.closeOnJvmShutdown(posthog::close);
        server.start().join();
        log.info("flag-service listening on {}", server.activeLocalPort());
    }
}
