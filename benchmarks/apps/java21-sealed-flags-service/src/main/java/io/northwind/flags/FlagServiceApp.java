package io.northwind.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHogInterface;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.northwind.flags.config.ConfigLoader;
import io.northwind.flags.config.ServiceConfig;
import io.northwind.flags.flags.FlagEvaluator;
import io.northwind.flags.posthog.PostHogApiClient;
import io.northwind.flags.posthog.PostHogClients;
import io.northwind.flags.web.AccessLogFilter;
import io.northwind.flags.web.AdminRoutes;
import io.northwind.flags.web.ErrorHandlers;
import io.northwind.flags.web.FlagRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: wires config, PostHog clients and the Javalin routes. */
public final class FlagServiceApp {

    private static final Logger log = LoggerFactory.getLogger(FlagServiceApp.class);

    private FlagServiceApp() {
    }

    public static void main(String[] args) {
        ServiceConfig cfg = new ConfigLoader().load();
        log.info("Starting flags-service with {}", cfg);

        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        PostHogInterface posthog = PostHogClients.primary(cfg);
        PostHogApiClient api = new PostHogApiClient(cfg, mapper);
        FlagEvaluator evaluator = new FlagEvaluator(posthog);
        AccessLogFilter accessLog = new AccessLogFilter();

        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(mapper, true));
        });
        app.before(accessLog::before);
        app.after(accessLog::after);
        ErrorHandlers.register(app);
        new FlagRoutes(cfg, evaluator).register(app);
        new AdminRoutes(cfg, api).register(app);
        app.get("/health", ctx -> ctx.json(java.util.Map.of("status", "UP")));

        if (cfg.webhookSigningSecret() != null) {
            System.out.println("PostHog webhook destination secret (paste into the PostHog UI): "
                    + cfg.webhookSigningSecret());
        }

        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            log.info("Shutting down");
            app.stop();
            posthog.close();
        }));
        app.start(cfg.port());
    }
}
