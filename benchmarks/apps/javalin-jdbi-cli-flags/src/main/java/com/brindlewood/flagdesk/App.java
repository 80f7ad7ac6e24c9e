package com.brindlewood.flagdesk;

import com.brindlewood.flagdesk.analytics.AnalyticsService;
import com.brindlewood.flagdesk.analytics.PostHogClientFactory;
import com.brindlewood.flagdesk.config.AppConfig;
import com.brindlewood.flagdesk.config.PostHogSettings;
import com.brindlewood.flagdesk.db.DataSourceFactory;
import com.brindlewood.flagdesk.db.FlagAuditDao;
import com.brindlewood.flagdesk.posthog.PrivateApiClient;
import com.brindlewood.flagdesk.util.Redactor;
import com.brindlewood.flagdesk.web.AuthFilter;
import com.brindlewood.flagdesk.web.BootstrapController;
import com.brindlewood.flagdesk.web.ErrorHandlers;
import com.brindlewood.flagdesk.web.FlagController;
import com.posthog.server.PostHogInterface;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.rendering.template.JavalinPebble;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        AppConfig config = AppConfig.load();
        PostHogSettings posthog = config.posthog();
        log.info("Loaded PostHog settings: {}", posthog);
        log.info("Personal key fingerprint: {}", Redactor.hashForLog(posthog.personalApiKey()));

        DataSource dataSource = DataSourceFactory.create(config.database());
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        FlagAuditDao auditDao = jdbi.onDemand(FlagAuditDao.class);

        PostHogInterface client = posthog.hasPersonalKey()
                ? PostHogClientFactory.create(posthog)
                : PostHogClientFactory.createFlagsOnly(posthog);
        AnalyticsService analytics = new AnalyticsService(client);
        PrivateApiClient privateApi = new PrivateApiClient(
                posthog.privateApiHost(), posthog.projectId(), posthog.personalApiKey(), false);

        FlagController flags = new FlagController(client, privateApi, auditDao, analytics, posthog);
        BootstrapController bootstrap = new BootstrapController(posthog);
        AuthFilter auth = new AuthFilter(config.adminToken());

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.fileRenderer(new JavalinPebble());
            cfg.staticFiles.add("/public", Location.CLASSPATH);
        });

        app.before("/api/admin/*", auth::handle);
        app.get("/", bootstrap::index);
        app.get("/embed/flags", bootstrap::embed);
        app.get("/api/flags", flags::list);
        app.get("/api/flags/{key}/evaluate", flags::evaluate);
        app.get("/api/flags/{key}/open", flags::openInPostHog);
        app.post("/api/admin/flags/{key}/audit", flags::recordAudit);
        app.get("/api/admin/audit", flags::recentAudit);
        app.get("/api/admin/diagnostics", flags::diagnostics);
        ErrorHandlers.register(app);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            client.close();
        }));
        app.start(config.port());
    }
}
