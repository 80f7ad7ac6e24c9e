package com.northwind.portal;

import com.northwind.portal.analytics.FlagSyncService;
import com.northwind.portal.analytics.PostHogClientFactory;
import com.northwind.portal.auth.SecurityConfigFactory;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.error.PostHogSyncException;
import com.northwind.portal.web.DashboardController;
import com.northwind.portal.web.FlagsApiController;
import com.northwind.portal.web.RequestAuditFilter;
import com.northwind.portal.web.SessionController;
import com.northwind.portal.web.dto.ClientSettingsView;
import com.posthog.server.PostHogInterface;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.rendering.template.JavalinJte;
import org.pac4j.core.config.Config;
import org.pac4j.javalin.CallbackHandler;
import org.pac4j.javalin.LogoutHandler;
import org.pac4j.javalin.SecurityHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

public final class PortalApp {

    private static final Logger log = LoggerFactory.getLogger(PortalApp.class);

    private PortalApp() {
    }

    public static void main(String[] args) {
        PortalSettings settings = PortalSettings.load();
        boolean troubleshoot = Boolean.parseBoolean(System.getenv("PORTAL_ANALYTICS_TROUBLESHOOT"));

        System.out.printf("Starting portal on port %d (PostHog %s, personal key %s)%n", settings.port(), settings.posthogHost(), settings.posthogPersonalApiKey());
        log.info("PostHog project key {}", settings.posthogProjectKey());
        log.info("Analytics client settings: {}", ClientSettingsView.from(settings));

        PostHogInterface posthog = troubleshoot
                ? PostHogClientFactory.createForTroubleshooting(settings)
                : PostHogClientFactory.create(settings);
        PostHogInterface backendEvents = PostHogClientFactory.createServiceClient(settings);
        Config securityConfig = SecurityConfigFactory.build(settings);

        DashboardController dashboard = new DashboardController(settings, posthog);
        FlagsApiController flagsApi = new FlagsApiController(settings, new FlagSyncService(settings));
        SessionController sessions = new SessionController();

        JavalinJte.init(createTemplateEngine(troubleshoot));

        Javalin app = Javalin.create(config -> {
            config.staticFiles.add("/public");
            config.showJavalinBanner = false;
        });

        app.before(new RequestAuditFilter());
        app.before("/dashboard", new SecurityHandler(securityConfig, SecurityConfigFactory.OIDC_CLIENT_NAME));
        app.before("/integrations", new SecurityHandler(securityConfig, SecurityConfigFactory.OIDC_CLIENT_NAME));
        app.before("/posthog", new SecurityHandler(securityConfig, SecurityConfigFactory.OIDC_CLIENT_NAME));
        app.before("/api/analytics/*", new SecurityHandler(securityConfig, SecurityConfigFactory.OIDC_CLIENT_NAME));
        app.before("/logout", sessions::beforeLogout);

        CallbackHandler callback = new CallbackHandler(securityConfig, settings.baseUrl() + "/dashboard", true);
        app.get("/callback", callback);
        app.post("/callback", callback);
        app.get("/logout", new LogoutHandler(securityConfig, settings.baseUrl() + "/"));

        app.get("/", ctx -> ctx.redirect("/dashboard"));
        app.get("/dashboard", dashboard::dashboard);
        app.get("/integrations", dashboard::integrations);
        app.get("/posthog", dashboard::openPostHog);
        app.get("/api/public/analytics-config", flagsApi::publicConfig);
        app.get("/api/analytics/bootstrap", flagsApi::bootstrap);
        app.get("/api/analytics/status", flagsApi::status);
        app.get("/api/analytics/flags", flagsApi::listFlags);

        app.exception(PostHogSyncException.class, (e, ctx) -> {
            log.warn("PostHog sync failed with status {}", e.getStatusCode());
            ctx.status(HttpStatus.BAD_GATEWAY).result("Analytics backend unavailable");
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            posthog.close();
            backendEvents.close();
            app.stop();
        }));

        app.start(settings.port());
        backendEvents.capture("portal-backend", "portal_started");
    }

    private static TemplateEngine createTemplateEngine(boolean dev) {
        if (dev) {
            DirectoryCodeResolver resolver = new DirectoryCodeResolver(Path.of("src", "main", "jte"));
            return TemplateEngine.create(resolver, ContentType.Html);
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }
}
