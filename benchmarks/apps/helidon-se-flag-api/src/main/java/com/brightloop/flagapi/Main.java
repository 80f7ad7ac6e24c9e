package com.brightloop.flagapi;

import java.lang.System.Logger.Level;

import com.brightloop.flagapi.config.PostHogSettings;
import com.brightloop.flagapi.http.AdminService;
import com.brightloop.flagapi.http.ClientConfigService;
import com.brightloop.flagapi.http.ErrorHandlers;
import com.brightloop.flagapi.http.FlagService;
import com.brightloop.flagapi.http.RequestAuditFilter;
import com.brightloop.flagapi.posthog.ManagementApiClient;
import com.brightloop.flagapi.posthog.ManagementApiException;
import com.brightloop.flagapi.posthog.PostHogClientFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHogInterface;
import io.helidon.config.Config;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

public final class Main {

    private static final System.Logger LOGGER = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();

        Config config = Config.create();
        Config.global(config);

        PostHogSettings settings = PostHogSettings.create(config.get("posthog"));
        LOGGER.log(Level.INFO, "Loaded " + settings);

        PostHogClientFactory clientFactory = new PostHogClientFactory(settings);
        PostHogInterface posthog = clientFactory.create();
        ManagementApiClient managementApi = new ManagementApiClient(config.get("management"), settings);

        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .mediaContext(it -> it.mediaSupportsDiscoverServices(false)
                        .addMediaSupport(JacksonSupport.create(mapper)))
                .routing(routing -> routing(routing, config, settings, posthog, managementApi, clientFactory))
                .build()
                .start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            posthog.flush();
            posthog.close();
        }));

        LOGGER.log(Level.INFO, "flag-api is up on http://localhost:" + server.port());
    }

    static void routing(HttpRouting.Builder routing,
                        Config config,
                        PostHogSettings settings,
                        PostHogInterface posthog,
                        ManagementApiClient managementApi,
                        PostHogClientFactory clientFactory) {
        routing.addFilter(new RequestAuditFilter())
               .register("/flags", new FlagService(posthog))
               .register("/client", new ClientConfigService(settings))
               .register("/admin", new AdminService(config.get("admin"), settings, managementApi, clientFactory))
               .error(ManagementApiException.class, new ErrorHandlers.ManagementApiErrorHandler())
               .error(IllegalArgumentException.class, new ErrorHandlers.IllegalArgumentHandler());
    }
}
