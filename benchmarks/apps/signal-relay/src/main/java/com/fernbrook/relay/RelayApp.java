package com.fernbrook.relay;

import com.fernbrook.relay.config.AppConfig;
import com.fernbrook.relay.config.Keys;
import com.fernbrook.relay.posthog.PersonQueryClient;
import com.fernbrook.relay.posthog.PostHogGateway;
import com.fernbrook.relay.web.AuthHandler;
import com.fernbrook.relay.web.FlagRoutes;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class RelayApp {

    private static final Logger log = LoggerFactory.getLogger(RelayApp.class);

    private RelayApp() {
    }

    public static void main(String[] args) {
        AppConfig config = AppConfig.load();
        log.info("Starting signal-relay with {}", config);

        log.info("Connecting to {} as {} with password {}", config.dbUrl(), config.dbUser(), config.dbPassword());

        PostHogGateway gateway = new PostHogGateway(config);
        log.info("PostHog personal key configured: {} ({})", config.hasPersonalKey(), Keys.mask(config.personalApiKey()));
        PersonQueryClient persons = new PersonQueryClient(config);
        AuthHandler auth = new AuthHandler(config.adminToken());

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.defaultContentType = "application/json";
        });
        app.post("/session", auth::openSession);
        app.before("/api/*", auth);
        new FlagRoutes(config, gateway, persons).register(app);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
        app.start(config.port());
    }
}
