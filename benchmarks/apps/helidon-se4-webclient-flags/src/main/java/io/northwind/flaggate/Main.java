package io.northwind.flaggate;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.posthog.server.PostHogInterface;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.security.Security;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.security.SecurityHttpFeature;
import io.northwind.flaggate.config.PostHogSettings;
import io.northwind.flaggate.posthog.FlagSyncException;
import io.northwind.flaggate.posthog.PostHogAdminClient;
import io.northwind.flaggate.posthog.PostHogClientFactory;
import io.northwind.flaggate.security.ApiKeyAuthProvider;
import io.northwind.flaggate.web.AdminService;
import io.northwind.flaggate.web.CaptureService;
import io.northwind.flaggate.web.FlagService;
import io.northwind.flaggate.web.FlagSyncErrorHandler;

/**
 * Flag gateway entry point.
 */
public final class Main {

    private static final Logger LOGGER = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();

        Config config = Config.create();
        Config.global(config);

        PostHogSettings settings = PostHogSettings.from(config);
        LOGGER.log(Level.INFO, "Starting flag gateway with {0}", settings);

        PostHogClientFactory factory = new PostHogClientFactory(settings);
        PostHogInterface evaluation = factory.evaluationClient();
        PostHogAdminClient adminClient = new PostHogAdminClient(settings);

        Security security = Security.builder()
                .addProvider(new ApiKeyAuthProvider(config), "api-key")
                .build();

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing(routing, config, settings, security, evaluation, adminClient))
                .build()
                .start();

        Runtime.getRuntime().addShutdownHook(new Thread(evaluation::close));
        LOGGER.info("Flag gateway listening on http://localhost:" + server.port());
    }

    static void routing(HttpRouting.Builder routing,
                        Config config,
                        PostHogSettings settings,
                        Security security,
                        PostHogInterface evaluation,
                        PostHogAdminClient adminClient) {
        routing.addFeature(SecurityHttpFeature.create(security))
                .any("/admin/*", SecurityHttpFeature.authenticate())
                .any("/capture/*", SecurityHttpFeature.authenticate())
                .register("/flags", new FlagService(settings, evaluation, adminClient))
                .register("/capture", new CaptureService(settings))
                .register("/admin", new AdminService(config, settings, adminClient))
                .error(FlagSyncException.class, new FlagSyncErrorHandler());
    }
}
