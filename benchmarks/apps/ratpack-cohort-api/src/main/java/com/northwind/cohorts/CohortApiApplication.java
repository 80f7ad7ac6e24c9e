package com.northwind.cohorts;

import com.northwind.cohorts.config.AppModule;
import com.northwind.cohorts.config.DatabaseSettings;
import com.northwind.cohorts.config.PostHogSettings;
import com.northwind.cohorts.web.AuthHandler;
import com.northwind.cohorts.web.CohortHandlers;
import com.northwind.cohorts.web.ConfigEndpoints;
import com.northwind.cohorts.web.EmbedHandler;
import com.northwind.cohorts.web.SessionHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.guice.Guice;
import ratpack.server.BaseDir;
import ratpack.server.RatpackServer;
import ratpack.session.SessionModule;

public final class CohortApiApplication {

    private static final Logger log = LoggerFactory.getLogger(CohortApiApplication.class);

    private CohortApiApplication() {
    }

    public static void main(String[] args) throws Exception {
        RatpackServer.start(server -> server
                .serverConfig(config -> config
                        .baseDir(BaseDir.find())
                        .yaml("application.yml")
                        .env("COHORTS_")
                        .require("/server", ServerSection.class))
                .registry(Guice.registry(bindings -> {
                    bindings.module(new AppModule(bindings.getServerConfig().getBaseDir().file("application.yml")));
                    bindings.module(SessionModule.class);
                    bindings.onStart(registry -> {
                        PostHogSettings posthog = registry.get(PostHogSettings.class);
                        DatabaseSettings database = registry.get(DatabaseSettings.class);
                        log.info("PostHog: {}", posthog.describe());
                        log.info("Database: {}", database);
                    });
                }))
                .handlers(chain -> chain
                        .prefix("public", new ConfigEndpoints())
                        .prefix("auth", new SessionHandlers())
                        .all(AuthHandler.class)
                        .prefix("api/cohorts", new CohortHandlers())
                        .get("api/embed/:id", new EmbedHandler())
                        .get("health", ctx -> ctx.render("OK"))));
    }

    /** Only here so that ServerConfig validates the /server node at startup. */
    public static class ServerSection {
        public int port;
    }
}
