package io.lumenstack.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHogInterface;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.lumenstack.ingest.config.AppConfig;
import io.lumenstack.ingest.config.ConfigLoader;
import io.lumenstack.ingest.config.PostHogFactory;
import io.lumenstack.ingest.db.ApiTokenDao;
import io.lumenstack.ingest.db.Database;
import io.lumenstack.ingest.http.AdminAuth;
import io.lumenstack.ingest.http.AdminHandler;
import io.lumenstack.ingest.http.ErrorHandlers;
import io.lumenstack.ingest.http.EventsHandler;
import io.lumenstack.ingest.http.RequestLogFilters;
import io.lumenstack.ingest.http.SessionHandler;
import io.lumenstack.ingest.http.TokenHandler;
import io.lumenstack.ingest.posthog.PostHogAdminClient;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class IngestApplication {

    private static final Logger log = LoggerFactory.getLogger(IngestApplication.class);

    private IngestApplication() {
    }

    public static void main(String[] args) {
        AppConfig cfg = ConfigLoader.load();
        Jdbi jdbi = Database.connect(cfg);
        PostHogInterface posthog = PostHogFactory.create(cfg);

        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        EventsHandler events = new EventsHandler(posthog, cfg);
        TokenHandler tokens = new TokenHandler(jdbi.onDemand(ApiTokenDao.class));
        AdminHandler admin = new AdminHandler(cfg, new PostHogAdminClient(cfg, mapper));
        SessionHandler sessions = new SessionHandler(cfg);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = 2_000_000L;
        });

        RequestLogFilters.register(app);
        ErrorHandlers.register(app);
        app.before("/admin/*", new AdminAuth(cfg.adminToken()));
        app.before("/v1/tokens", new AdminAuth(cfg.adminToken()));

        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        app.post("/v1/events", events::capture);
        app.get("/v1/flags/{distinctId}", events::pipelineFlag);
        app.get("/v1/bootstrap", events::bootstrap);
        app.post("/v1/tokens", tokens::issue);
        app.get("/v1/tokens", tokens::list);
        app.post("/login", sessions::login);
        app.post("/logout", sessions::logout);
        app.get("/admin/config", admin::config);
        app.get("/admin/posthog", admin::posthogStatus);
        app.get("/admin/flags", admin::flags);
        app.get("/admin/insights/{shortId}", admin::openInsight);
        app.get("/admin/dashboard", admin::dashboard);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down, flushing PostHog queue");
            posthog.close();
            app.stop();
        }));

        app.start(cfg.port());
        log.info("Ingest API ({}) listening on :{}", cfg.env(), cfg.port());
    }
}
