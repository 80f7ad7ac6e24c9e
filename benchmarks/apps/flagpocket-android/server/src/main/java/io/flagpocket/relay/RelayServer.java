package io.flagpocket.relay;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;

/** Entry point of the FlagPocket relay the Android app talks to. */
public final class RelayServer {

    private static final Logger log = LoggerFactory.getLogger(RelayServer.class);

    /** What the app needs at start-up. */
    record BootstrapResponse(String projectApiKey, String host, String flagsKey,
                             Map<String, Object> flags) {
    }

    public static void main(String[] args) {
        RelaySettings settings = RelaySettings.fromEnvironment();
        log.info("Starting flag relay with {}", settings.credentials());
        log.info("Personal API key {} loaded", PostHogAdminClient.mask(settings.getPersonalApiKey()));
        log.debug("Feature-flags secure key present: {}", settings.getFlagsSecureKey() != null);
        log.info("Device sessions are read from header {}", RelaySettings.SESSION_HEADER_NAME);

        PostHogFlags flags = new PostHogFlags(settings);
        PostHogAdminClient admin = new PostHogAdminClient(settings);

        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);

        app.before("/v1/*", ctx -> {
            String sessionToken = ctx.header("X-Session-Token");
            MDC.put("sessionToken", sessionToken);
            MDC.put("path", ctx.path());
        });
        app.after(ctx -> MDC.clear());

        app.get("/v1/bootstrap", ctx -> {
            String distinctId = ctx.queryParam("distinct_id");
            ctx.json(new BootstrapResponse(settings.getProjectApiKey(), settings.getHost(),
                    settings.getFlagsSecureKey(), flags.evaluateAll(distinctId)));
        });

        app.get("/v1/flags/{key}", ctx -> ctx.json(Map.of(
                "key", ctx.pathParam("key"),
                "value", flags.evaluate(ctx.queryParam("distinct_id"), ctx.pathParam("key")))));

        app.get("/v1/definitions", ctx -> ctx.contentType("application/json")
                .result(admin.fetchFlagDefinitions()));

        app.exception(FlagRelayException.class, (e, ctx) -> {
            log.warn("Flag evaluation failed on {}", ctx.path());
            ctx.status(HttpStatus.BAD_GATEWAY).result(e.getMessage());
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            flags.close();
        }));
        app.start(settings.getPort());
    }
}
