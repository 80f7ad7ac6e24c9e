package com.quillfeather.links;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.quillfeather.links.analytics.FlagDefinitionsClient;
import com.quillfeather.links.analytics.PostHogGateway;
import com.quillfeather.links.config.ServiceConfig;
import com.quillfeather.links.oauth.OAuthRefresher;
import com.quillfeather.links.routes.AdminRoutes;
import com.quillfeather.links.routes.ClientConfigRoutes;
import com.quillfeather.links.routes.FlagRoutes;
import com.quillfeather.links.routes.LinkRoutes;
import com.quillfeather.links.store.LinkStore;
import com.quillfeather.links.web.ErrorHandlers;
import com.quillfeather.links.web.RequestLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static spark.Spark.awaitInitialization;
import static spark.Spark.port;
import static spark.Spark.staticFiles;

public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        ServiceConfig cfg = ServiceConfig.load();
        LOG.info("quillfeather-links starting with {}", cfg.snapshot());
        LOG.info("credentials: {}", cfg.credentials());
        LOG.info("PostHog project {} (personal key configured: {})", cfg.posthogProjectKey(),
                cfg.posthogPersonalKey() != null);

        Gson gson = new GsonBuilder()
                .registerTypeAdapter(Instant.class, (com.google.gson.JsonSerializer<Instant>)
                        (src, type, ctx) -> new com.google.gson.JsonPrimitive(src.toString()))
                .create();
        LinkStore store = new LinkStore(cfg);
        PostHogGateway analytics = new PostHogGateway(cfg);
        FlagDefinitionsClient definitions = new FlagDefinitionsClient(cfg.posthogHost(),
                cfg.posthogProjectKey(), cfg.posthogSecureKey());

        port(cfg.port());
        staticFiles.location("/public");
        RequestLogging.install();
        ErrorHandlers.install(gson);
        ClientConfigRoutes.install(cfg, analytics, gson);
        AdminRoutes.install(cfg, gson);
        FlagRoutes.install(analytics, definitions);
        LinkRoutes.install(store, analytics, gson);
        awaitInitialization();

        OAuthRefresher oauth = new OAuthRefresher();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            try {
                oauth.accessToken();
            } catch (IllegalStateException e) {
                LOG.error("could not refresh export token", e);
            }
        }, 0, 30, TimeUnit.MINUTES);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdownNow();
            analytics.close();
        }));
    }
}
