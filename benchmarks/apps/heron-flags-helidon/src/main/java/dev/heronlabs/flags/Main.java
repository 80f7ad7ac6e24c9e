package dev.heronlabs.flags;

import dev.heronlabs.flags.config.PostHogSettings;
import dev.heronlabs.flags.posthog.FlagSyncException;
import dev.heronlabs.flags.posthog.LocalEvaluationClient;
import dev.heronlabs.flags.support.Secrets;
import dev.heronlabs.flags.web.AuthFilter;
import dev.heronlabs.flags.web.FlagBootstrapService;
import dev.heronlabs.flags.web.FlagEvaluationService;
import io.helidon.config.Config;
import io.helidon.http.Status;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class Main {

    private static final Logger LOGGER = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        Config.global(config);

        if (LOGGER.isLoggable(Level.FINE)) {
            System.getenv().forEach((name, value) -> LOGGER.fine("env " + name + "=" + value));
        }
        PostHogSettings settings = PostHogSettings.from(config);
        LOGGER.info("PostHog " + settings.host() + ", secure key " + Secrets.mask(settings.featureFlagsSecureApiKey()));
        LOGGER.info("API token hashes come from secret " + settings.apiTokensSecretName());

        LocalEvaluationClient flags = new LocalEvaluationClient(settings);
        List<String> tokenHashes = config.get("heron.api-token-hashes").asList(String.class).orElse(List.of());
        String adminToken = config.get("heron.admin-token").asString().orElse("");

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing
                        .addFilter(new AuthFilter(tokenHashes))
                        .register("/flags", new FlagEvaluationService(flags, adminToken))
                        .register("/bootstrap", new FlagBootstrapService(settings))
                        .error(FlagSyncException.class, (req, res, ex) -> {
                            LOGGER.warning("flag sync failed on " + req.path().path());
                            res.status(Status.BAD_GATEWAY_502).send(ex.getMessage());
                        }))
                .build()
                .start();
        LOGGER.info("heron-flags listening on port " + server.port());
    }
}
