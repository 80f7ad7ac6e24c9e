package com.lumen.flags;

import com.lumen.flags.config.AppConfig;
import com.lumen.flags.config.PostHogSettings;
import com.lumen.flags.db.ApiClientDao;
import com.lumen.flags.db.Database;
import com.lumen.flags.db.FlagDao;
import com.lumen.flags.jobs.FlagSyncJob;
import com.lumen.flags.posthog.PostHogAdminClient;
import com.lumen.flags.posthog.PostHogApiException;
import com.lumen.flags.posthog.PostHogClientFactory;
import com.lumen.flags.web.ApiKeyFilter;
import com.lumen.flags.web.AuthController;
import com.lumen.flags.web.FlagController;
import com.lumen.flags.web.SettingsController;
import com.posthog.server.PostHogInterface;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.rendering.template.JavalinJte;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        AppConfig config = AppConfig.load();
        PostHogSettings posthogSettings = config.posthog();
        log.info("Starting flags console with {}", posthogSettings);
        if (posthogSettings.personalApiKey() != null) {
            log.info("Personal API key configured ({} chars)", posthogSettings.personalApiKey().length());
        }

        Jdbi jdbi = Database.connect(config);
        FlagDao flagDao = jdbi.onDemand(FlagDao.class);
        ApiClientDao clientDao = jdbi.onDemand(ApiClientDao.class);

        PostHogInterface posthog = "debug".equals(System.getenv("FLAGS_PROFILE"))
                ? PostHogClientFactory.createVerbose(posthogSettings)
                : PostHogClientFactory.create(posthogSettings);
        PostHogAdminClient admin = new PostHogAdminClient(posthogSettings);
        FlagSyncJob sync = new FlagSyncJob(admin, flagDao, posthogSettings);

        FlagController flags = new FlagController(flagDao, posthogSettings, posthog, admin, sync);
        SettingsController settings = new SettingsController(posthogSettings);
        AuthController auth = new AuthController(config.adminPassword());

        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Javalin app = Javalin.create(javalin -> {
            javalin.fileRenderer(new JavalinJte(templates));
            javalin.staticFiles.add("/public", Location.CLASSPATH);
            javalin.showJavalinBanner = false;
        });

        app.before("/api/*", new ApiKeyFilter(clientDao));
        app.before("/admin/*", auth::requireAdmin);

        app.get("/", ctx -> ctx.redirect("/admin/flags"));
        app.get("/login", auth::form);
        app.post("/login", auth::login);
        app.post("/logout", auth::logout);

        app.get("/admin/flags", flags::list);
        app.get("/admin/flags/toolbar", flags::toolbar);
        app.post("/admin/flags/{key}/toggle", flags::toggle);
        app.post("/admin/flags/sync", flags::sync);
        app.get("/admin/settings", settings::show);
        app.get("/admin/settings.json", settings::json);
        app.get("/admin/settings/open-in-posthog", settings::openInPostHog);
        app.post("/admin/settings/debug-panel", settings::rememberSecureKey);

        app.get("/api/flags", ctx -> ctx.json(flagDao.list()));
        app.get("/api/flags/{key}/enabled", flags::evaluate);

        app.exception(PostHogApiException.class, (e, ctx) -> {
            ctx.status(HttpStatus.BAD_GATEWAY).result("PostHog API error: " + e.getMessage());
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sync.close();
            posthog.close();
            app.stop();
        }));

        sync.start();
        app.start(config.httpPort());
    }
}
