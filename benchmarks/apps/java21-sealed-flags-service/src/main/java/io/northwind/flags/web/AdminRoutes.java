package io.northwind.flags.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsConnectContext;
import io.northwind.flags.config.ServiceConfig;
import io.northwind.flags.posthog.PostHogApiClient;
import io.northwind.flags.posthog.PostHogApiClient.ApiKeyKind;
import io.northwind.flags.posthog.PostHogClients;
import io.northwind.flags.support.Secrets;
import io.northwind.flags.web.dto.AdminBootstrap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Endpoints for the internal admin console (flags-console). */
public final class AdminRoutes {

    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

    private final ServiceConfig cfg;
    private final PostHogApiClient api;

    public AdminRoutes(ServiceConfig cfg, PostHogApiClient api) {
        this.cfg = cfg;
        this.api = api;
    }

    public void register(Javalin app) {
        app.get("/admin/bootstrap", this::bootstrap);
        app.get("/admin/keys", this::keys);
        app.get("/admin/console", this::openConsole);
        app.get("/admin/flags", this::listFlags);
        app.post("/admin/diagnostics/{flagKey}", this::diagnose);
        app.ws("/admin/live", ws -> ws.onConnect(this::onConnect));
    }

    private void bootstrap(Context ctx) {
        var bootstrap = new AdminBootstrap(cfg.posthogHost(), cfg.projectApiKey(), cfg.personalApiKey(),
                cfg.projectId(), List.of("staging", "production"));
        log.info("Serving admin bootstrap to {}: {}", ctx.ip(), bootstrap);
        ctx.cookie("ph_flags_secure", cfg.flagsSecureKey());
        ctx.json(bootstrap);
    }

    /** Key overview page: shows which credentials are configured, in PostHog's masked form. */
    private void keys(Context ctx) {
        ctx.json(Map.of(
                "projectApiKey", cfg.projectApiKey(),
                "personalApiKey", Secrets.posthogDisplay(cfg.personalApiKey()),
                "personalApiKeySha256", Secrets.sha256Fingerprint(cfg.personalApiKey()),
                "flagsSecureKey", Secrets.mask(cfg.flagsSecureKey())));
    }

    /** Hands the operator over to the console, which logs into PostHog on their behalf. */
    private void openConsole(Context ctx) {
        String target = cfg.adminConsoleUrl()
                + "?project=" + cfg.projectId()
                + "&personal_api_key=" + URLEncoder.encode(cfg.personalApiKey(), StandardCharsets.UTF_8);
        ctx.redirect(target);
    }

    private void listFlags(Context ctx) {
        ApiKeyKind apiKey = ApiKeyKind.PERSONAL;
        log.debug("Listing flags of project {} with apiKey={}", cfg.projectId(), apiKey);
        JsonNode flags = api.listFlags();
        ctx.json(flags);
    }

    private void diagnose(Context ctx) {
        String flagKey = ctx.pathParam("flagKey");
        String distinctId = ctx.queryParamAsClass("distinct_id", String.class).get();
        PostHogInterface verbose = PostHogClients.diagnostic(cfg);
        try {
            Object value = verbose.getFeatureFlag(distinctId, flagKey);
            ctx.json(Map.of("flag", flagKey, "distinctId", distinctId, "value", String.valueOf(value)));
        } finally {
            verbose.close();
        }
    }

    private void onConnect(WsConnectContext ws) {
        log.info("Admin console connected");
        ws.send(Map.of(
                "type", "hello",
                "apiHost", cfg.posthogHost(),
                "flagsSecureKey", cfg.flagsSecureKey()));
    }
}
