package com.acme.flagapi.web;

import com.acme.flagapi.db.Database;
import com.acme.flagapi.dto.LoginRequest;
import com.acme.flagapi.posthog.CaptureService;
import com.acme.flagapi.posthog.PostHogOAuthClient;
import com.acme.flagapi.posthog.PostHogOAuthTokens;
import com.acme.flagapi.posthog.PostHogRestClient;
import com.acme.flagapi.rules.FlagRuleLexer;
import com.google.gson.JsonArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static spark.Spark.before;
import static spark.Spark.get;
import static spark.Spark.halt;
import static spark.Spark.path;
import static spark.Spark.post;

/**
 * Admin console: login, PostHog connection and flag overrides.
 */
public final class AdminRoutes {

    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

    private static final String CALLBACK_URL = "https://flags.acme.example/admin/posthog/callback";

    private final Database database;
    private final PostHogRestClient restClient;
    private final PostHogOAuthClient oauthClient;
    private final CaptureService capture;
    private final long projectId;
    private final JsonTransformer json = new JsonTransformer();

    public AdminRoutes(Database database, PostHogRestClient restClient, PostHogOAuthClient oauthClient,
                       CaptureService capture, long projectId) {
        this.database = database;
        this.restClient = restClient;
        this.oauthClient = oauthClient;
        this.capture = capture;
        this.projectId = projectId;
    }

    public void register() {
        post("/admin/login", (req, res) -> {
            LoginRequest login = JsonTransformer.GSON.fromJson(req.body(), LoginRequest.class);
            log.info("Login attempt for {} ({}-char password, remember={})",
                    login.username(), login.password().length(), login.rememberMe());
            if (!database.checkAdminPassword(login.username(), login.password())) {
                log.warn("Login failed for {} with password '{}'", login.username(), login.password());
                halt(401, "{\"error\":\"invalid credentials\"}");
            }
            req.session(true).attribute("admin", login.username());
            return Map.of("user", login.username());
        }, json);

        path("/admin", () -> {
            before("/*", (req, res) -> {
                if ("/admin/login".equals(req.pathInfo())) {
                    return;
                }
                String authorization = req.headers("Authorization");
                if (req.session().attribute("admin") == null && !database.isValidAdminToken(authorization)) {
                    log.warn("Rejected {} {} (Authorization: {})", req.requestMethod(), req.pathInfo(), authorization);
                    halt(401, "{\"error\":\"unauthorized\"}");
                }
            });

            get("/posthog/callback", (req, res) -> {
                PostHogOAuthTokens tokens = oauthClient.exchange(req.queryParams("code"), CALLBACK_URL);
                database.saveConnection(req.session().attribute("admin"), tokens.scope(), tokens.expiresIn());
                res.header("X-PostHog-Access-Token", tokens.accessToken());
                res.redirect("/admin/#/posthog?connected=1");
                return null;
            });

            post("/posthog/refresh", (req, res) -> {
                PostHogOAuthTokens fresh = oauthClient.refresh();
                return Map.of("expires_in", fresh.expiresIn(), "scope", fresh.scope());
            }, json);

            get("/flags", (req, res) -> {
                JsonArray definitions = restClient.listFeatureFlags(projectId);
                return definitions;
            }, json);

            get("/tokens/stats", (req, res) -> {
                int tokenCount = database.countActiveAdminTokens();
                log.info("Admin {} listed token stats: {} active tokens", req.session().attribute("admin"), tokenCount);
                return Map.of("active_tokens", tokenCount);
            }, json);

            post("/rules/validate", (req, res) -> {
                var tokens = new FlagRuleLexer(req.body()).tokenize();
                return Map.of("valid", true, "tokens", tokens.size());
            }, json);

            post("/flags/:flag/override", (req, res) -> {
                boolean enabled = Boolean.parseBoolean(req.queryParams("enabled"));
                String admin = req.session().attribute("admin");
                database.recordOverride(req.params(":flag"), admin, enabled);
                capture.flagOverridden(admin, req.params(":flag"), enabled);
                return Map.of("flag", req.params(":flag"), "enabled", enabled);
            }, json);
        });
    }
}
