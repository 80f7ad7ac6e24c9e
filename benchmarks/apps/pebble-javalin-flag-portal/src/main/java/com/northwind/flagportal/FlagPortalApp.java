package com.northwind.flagportal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.northwind.flagportal.auth.LoginController;
import com.northwind.flagportal.auth.PortalAccessManager;
import com.northwind.flagportal.auth.Role;
import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.db.PortalDao;
import com.northwind.flagportal.posthog.FlagSyncJob;
import com.northwind.flagportal.posthog.PostHogAdminClient;
import com.northwind.flagportal.posthog.PostHogClientFactory;
import com.northwind.flagportal.posthog.PostHogUpstreamException;
import com.northwind.flagportal.web.DashboardController;
import com.northwind.flagportal.web.FlagApiController;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.rendering.template.JavalinPebble;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

public final class FlagPortalApp {

    private static final Logger log = LoggerFactory.getLogger(FlagPortalApp.class);

    private FlagPortalApp() {
    }

    public static void main(String[] args) {
        PortalConfig config = PortalConfig.load();
        Jdbi jdbi = connect(config.db());
        PortalDao dao = jdbi.onDemand(PortalDao.class);
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        PostHogClientFactory factory = new PostHogClientFactory(config);
        PostHogInterface posthog = config.devMode() ? factory.createPreviewClient() : factory.create();
        PostHogAdminClient admin = new PostHogAdminClient(config, mapper);
        FlagSyncJob sync = new FlagSyncJob(config, dao, factory);

        LoginController login = new LoginController(dao);
        DashboardController pages = new DashboardController(config, dao, posthog);
        FlagApiController api = new FlagApiController(config, dao, admin);

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.fileRenderer(new JavalinPebble(pebbleEngine(config)));
            cfg.events(events -> {
                events.serverStarted(sync::start);
                events.serverStopping(() -> {
                    sync.close();
                    posthog.close();
                });
            });
            cfg.router.apiBuilder(() -> {
                get("/login", login::form, Role.ANONYMOUS);
                post("/login", login::login, Role.ANONYMOUS);
                post("/logout", login::logout, Role.VIEWER);
                get("/", pages::dashboard, Role.VIEWER);
                get("/settings", pages::settings, Role.ADMIN);
                get("/settings/export", pages::exportFlags, Role.ADMIN);
                path("/api", () -> {
                    get("/bootstrap", api::bootstrap, Role.VIEWER);
                    get("/client-config", api::clientConfig, Role.VIEWER);
                    get("/flags", api::list, Role.VIEWER);
                    put("/flags/{key}", api::update, Role.EDITOR);
                    get("/admin/keys", api::keyStatus, Role.ADMIN);
                });
            });
        });

        app.beforeMatched(new PortalAccessManager(dao));
        app.exception(PostHogUpstreamException.class, (e, ctx) -> {
            log.error("PostHog call failed during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(e.retryable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY)
                    .json(Map.of("error", "posthog_unavailable"));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "bad_request")));

        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "portal-shutdown"));
        app.start(config.port());
    }

    static Jdbi connect(PortalConfig.DbSettings db) {
        log.info("Connecting to portal database {}", db);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(db.url());
        hikari.setUsername(db.user());
        hikari.setPassword(db.password());
        hikari.setMaximumPoolSize(db.poolSize());
        hikari.setPoolName("portal-db");

        Jdbi jdbi = Jdbi.create(new HikariDataSource(hikari));
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.installPlugin(new PostgresPlugin());
        return jdbi;
    }

    static PebbleEngine pebbleEngine(PortalConfig config) {
        return new PebbleEngine.Builder()
                .loader(new ClasspathLoader())
                .cacheActive(!config.devMode())
                .strictVariables(config.devMode())
                .build();
    }
}
