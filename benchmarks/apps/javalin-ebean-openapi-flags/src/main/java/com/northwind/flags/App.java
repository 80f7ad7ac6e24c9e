package com.northwind.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.northwind.flags.analytics.FeatureFlagService;
import com.northwind.flags.analytics.PostHogClientFactory;
import com.northwind.flags.auth.AuthHandler;
import com.northwind.flags.auth.JwtService;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.db.Persistence;
import com.northwind.flags.web.AdminController;
import com.northwind.flags.web.ErrorHandlers;
import com.northwind.flags.web.FlagController;
import com.northwind.flags.web.RequestLogHandler;
import com.posthog.server.PostHogInterface;
import io.ebean.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.openapi.plugin.swagger.SwaggerPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        AppConfig config = AppConfig.load();
        System.out.println("Starting flags-gateway with " + config);

        Database database = Persistence.connect(config);
        PostHogClientFactory clients = new PostHogClientFactory(config);
        PostHogInterface posthog = clients.create();
        PostHogInterface warehouse = clients.createExportClient();

        FeatureFlagService flags = new FeatureFlagService(config, posthog, warehouse, database);
        AuthHandler auth = new AuthHandler(new JwtService(config), database);
        FlagController flagController = new FlagController(config, flags);
        AdminController adminController = new AdminController(config, flags);

        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.registerPlugin(new OpenApiPlugin(openApi -> openApi
                    .withDocumentationPath("/openapi.json")
                    .withDefinitionConfiguration((version, definition) -> definition
                            .withInfo(info -> {
                                info.setTitle("Northwind feature-flag gateway");
                                info.setVersion("1.4.0");
                            }))));
            cfg.registerPlugin(new SwaggerPlugin(swagger -> swagger.setDocumentationPath("/openapi.json")));
            cfg.router.apiBuilder(() -> path("/api", () -> {
                post("/token", auth::issueToken);
                get("/bootstrap", flagController::bootstrap);
                get("/flags", flagController::evaluate);
                post("/flags/{key}/override", flagController::override);
                path("/admin", () -> {
                    get("/diagnostics", adminController::diagnostics);
                    get("/posthog", adminController::openInPostHog);
                });
            }));
        });

        app.before(ctx -> ctx.attribute(RequestLogHandler.STARTED_AT, System.nanoTime()));
        app.before("/api/*", auth);
        app.after(new RequestLogHandler());
        ErrorHandlers.register(app);

        app.events(events -> events.serverStopping(() -> {
            posthog.close();
            warehouse.close();
            database.shutdown();
        }));
        app.start(config.port());
        log.info("flags-gateway listening on :{} (environment={})", config.port(), config.environment());
    }
}
