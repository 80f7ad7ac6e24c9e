package com.acme.flagapi.web;

import com.acme.flagapi.config.AppConfig;
import com.acme.flagapi.config.PostHogKeys;
import com.acme.flagapi.config.PostHogSettings;
import com.acme.flagapi.db.Database;
import com.acme.flagapi.dto.KeyStatus;
import com.acme.flagapi.posthog.CaptureService;
import com.acme.flagapi.posthog.FlagEvaluator;
import com.acme.flagapi.util.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static spark.Spark.before;
import static spark.Spark.get;
import static spark.Spark.halt;
import static spark.Spark.path;

/**
 * Public flag API used by the storefront and the mobile apps.
 */
public final class FlagRoutes {

    private static final Logger log = LoggerFactory.getLogger(FlagRoutes.class);

    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "dark-mode", "search-v2");

    private final AppConfig appConfig;
    private final FlagEvaluator flags;
    private final CaptureService capture;
    private final Database database;
    private final JsonTransformer json = new JsonTransformer();

    public FlagRoutes(AppConfig appConfig, FlagEvaluator flags, CaptureService capture, Database database) {
        this.appConfig = appConfig;
        this.flags = flags;
        this.capture = capture;
        this.database = database;
    }

    public void register() {
        get("/config.js", (req, res) -> {
            res.type("application/javascript");
            return "window.POSTHOG_KEY = '" + appConfig.projectApiKey() + "';\n"
                    + "window.POSTHOG_HOST = '" + appConfig.posthogHost() + "';\n";
        });

        path("/api", () -> {
            before("/*", (req, res) -> {
                res.type("application/json");
                if (req.headers(PostHogKeys.CLIENT_KEY_HEADER) == null) {
                    log.debug("No {} header on {}", PostHogKeys.CLIENT_KEY_HEADER, req.pathInfo());
                }
            });

            get("/flags/bootstrap", (req, res) -> {
                String distinctId = req.queryParamOrDefault("distinct_id", req.ip());
                Map<String, Boolean> decisions = new LinkedHashMap<>();
                for (String flag : BOOTSTRAP_FLAGS) {
                    decisions.put(flag, flags.isEnabled(flag, distinctId));
                }
                res.cookie("ph_ff_key", appConfig.featureFlagsSecureKey(), 3600, true, true);
                return Map.of("distinct_id", distinctId, "flags", decisions);
            }, json);

            get("/flags/:flag", (req, res) -> {
                String flag = req.params(":flag");
                String distinctId = req.queryParams("distinct_id");
                if (distinctId == null || distinctId.isBlank()) {
                    halt(400, "{\"error\":\"distinct_id is required\"}");
                }
                Object value = flags.variant(flag, distinctId, Map.of());
                capture.flagEvaluated(distinctId, flag, value);
                database.recordEvaluation(flag, distinctId, String.valueOf(value));
                return Map.of("flag", flag, "value", value == null ? false : value);
            }, json);

            get("/posthog/key-status", (req, res) -> {
                String key = appConfig.personalApiKey();
                return new KeyStatus(key != null, Secrets.mask(key), key == null ? 0 : key.length(),
                        key == null ? null : Secrets.sha256Hex(key));
            }, json);
        });

        get("/internal/posthog/diagnostics", (req, res) -> {
            PostHogSettings settings = appConfig.posthogSettings();
            res.type("application/json");
            return Map.of(
                    "host", settings.host(),
                    "projectApiKey", settings.projectApiKey(),
                    "personalApiKey", settings.personalApiKey(),
                    "pollIntervalSeconds", settings.pollIntervalSeconds());
        }, json);
    }
}
