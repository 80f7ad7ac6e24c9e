package com.acme.flagapi;

import com.acme.flagapi.config.AppConfig;
import com.acme.flagapi.config.PostHogKeys;
import com.acme.flagapi.config.PostHogSettings;
import com.acme.flagapi.db.Database;
import com.acme.flagapi.posthog.CaptureService;
import com.acme.flagapi.posthog.FlagEvaluator;
import com.acme.flagapi.posthog.PostHogOAuthClient;
import com.acme.flagapi.posthog.PostHogRestClient;
import com.acme.flagapi.util.Secrets;
import com.acme.flagapi.web.AdminRoutes;
import com.acme.flagapi.web.ErrorHandlers;
import com.acme.flagapi.web.FlagRoutes;
import com.acme.flagapi.web.JsonTransformer;
import com.acme.flagapi.web.RequestLoggingFilter;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static spark.Spark.awaitInitialization;
import static spark.Spark.port;
import static spark.Spark.stop;
import static spark.Spark.threadPool;

/**
 * Entry point of the flag API.
 */
public final class FlagApiApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagApiApplication.class);

    private FlagApiApplication() {
    }

    public static void main(String[] args) {
        Config config = ConfigFactory.load();
        AppConfig appConfig = new AppConfig(config);

        PostHogSettings settings = appConfig.posthogSettings();
        log.info("Loaded PostHog settings: {}", settings);
        if (!config.hasPath(PostHogKeys.PERSONAL_KEY_PATH)) {
            log.warn("{} is not set, falling back to the shared local-eval key", PostHogKeys.PERSONAL_KEY_PATH);
        }
        String personalKey = appConfig.personalApiKey();
        log.info("PostHog personal API key {} ({} chars)", Secrets.mask(personalKey), personalKey.length());
        log.debug("Feature-flags secure key fingerprint {}", Secrets.sha256Hex(appConfig.featureFlagsSecureKey()));

        Database database = new Database(appConfig);
        FlagEvaluator flags = FlagEvaluator.create(appConfig);
        CaptureService capture = new CaptureService(settings);
        PostHogRestClient restClient = new PostHogRestClient(settings, JsonTransformer.GSON);
        PostHogOAuthClient oauthClient = new PostHogOAuthClient(appConfig, JsonTransformer.GSON);

        port(appConfig.port());
        threadPool(32, 4, 30_000);
        RequestLoggingFilter.register();
        ErrorHandlers.register();
        new FlagRoutes(appConfig, flags, capture, database).register();
        new AdminRoutes(database, restClient, oauthClient, capture, config.getLong("posthog.project-id")).register();
        awaitInitialization();
        log.info("flag-api listening on :{}", appConfig.port());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            flags.close();
            capture.close();
        }, "shutdown"));
    }
}
