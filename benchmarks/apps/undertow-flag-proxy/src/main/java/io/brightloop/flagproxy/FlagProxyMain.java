package io.brightloop.flagproxy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.brightloop.flagproxy.config.AppModule;
import io.brightloop.flagproxy.config.BuildFlags;
import io.brightloop.flagproxy.config.PostHogSettings;
import io.brightloop.flagproxy.posthog.PostHogClientFactory;
import io.brightloop.flagproxy.sync.FlagSyncJob;
import io.brightloop.flagproxy.util.KeyMasker;
import io.brightloop.flagproxy.web.AdminHandler;
import io.brightloop.flagproxy.web.BootstrapHandler;
import io.brightloop.flagproxy.web.ErrorHandler;
import io.brightloop.flagproxy.web.OAuthCallbackHandler;
import io.brightloop.flagproxy.web.RequestLoggingHandler;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

public final class FlagProxyMain {

    private static final Logger LOG = Logger.getLogger(FlagProxyMain.class);

    private FlagProxyMain() {
    }

    public static void main(String[] args) {
        Config config = ConfigFactory.load();
        Injector injector = Guice.createInjector(new AppModule(config));
        PostHogSettings settings = injector.getInstance(PostHogSettings.class);

        LOG.infof("flag-proxy %s starting", BuildFlags.VERSION);
        LOG.infof("PostHog credentials loaded: %s", settings.credentials());
        if (settings.getPersonalApiKey() == null) {
            LOG.warnf("%s is not set; flags fall back to remote evaluation", PostHogSettings.PERSONAL_KEY_PATH);
        } else {
            LOG.infof("Personal API key %s (%d chars)", KeyMasker.mask(settings.getPersonalApiKey()), settings.getPersonalApiKey().length());
        }
        LOG.infof("Secret key fingerprint %s", KeyMasker.sha256Hex(settings.getSecretKey()));
        PostHogSettings.CredentialKind apiKey = settings.evaluationCredential();
        LOG.infof("Local evaluation authenticates with %s", apiKey);

        PostHogClientFactory clients = injector.getInstance(PostHogClientFactory.class);
        PostHogInterface flags = clients.flagsClient();
        PostHogInterface audit = clients.auditEventsClient();

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(injector.getInstance(FlagSyncJob.class), 0,
                settings.getPollIntervalSeconds(), TimeUnit.SECONDS);

        BootstrapHandler bootstrap = injector.getInstance(BootstrapHandler.class);
        AdminHandler admin = injector.getInstance(AdminHandler.class);
        RoutingHandler routes = Handlers.routing()
                .get("/config.js", bootstrap::configJs)
                .get("/bootstrap.json", bootstrap::bootstrapJson)
                .post("/admin/login", admin::login)
                .get("/admin/diagnostics", admin::diagnostics)
                .get("/oauth/callback", injector.getInstance(OAuthCallbackHandler.class))
                .get("/healthz", exchange -> exchange.getResponseSender().send("ok"));
        HttpHandler root = new RequestLoggingHandler(Handlers.exceptionHandler(routes)
                .addExceptionHandler(Throwable.class, injector.getInstance(ErrorHandler.class)));

        Undertow server = Undertow.builder()
                .addHttpListener(config.getInt("http.port"), config.getString("http.host"))
                .setHandler(root)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            scheduler.shutdownNow();
            flags.close();
            audit.close();
        }));
        server.start();
        LOG.infof("Listening on %s:%d", config.getString("http.host"), config.getInt("http.port"));
    }
}
