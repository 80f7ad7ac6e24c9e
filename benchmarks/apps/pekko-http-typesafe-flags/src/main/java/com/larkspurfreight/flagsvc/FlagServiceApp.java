package com.larkspurfreight.flagsvc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.actors.FlagCacheActor;
import com.larkspurfreight.flagsvc.actors.FlagCommand;
import com.larkspurfreight.flagsvc.analytics.PostHogAdminClient;
import com.larkspurfreight.flagsvc.analytics.PostHogClientFactory;
import com.larkspurfreight.flagsvc.config.AdminSettings;
import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.larkspurfreight.flagsvc.http.AdminRoutes;
import com.larkspurfreight.flagsvc.http.AuthDirectives;
import com.larkspurfreight.flagsvc.http.FlagRoutes;
import com.larkspurfreight.flagsvc.http.PageRenderer;
import com.larkspurfreight.flagsvc.support.KeyMasker;
import com.larkspurfreight.flagsvc.support.LogMessages;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the Larkspur Freight feature-flag service.
 */
public final class FlagServiceApp {

    private static final Logger log = LoggerFactory.getLogger(FlagServiceApp.class);

    private FlagServiceApp() {
    }

    public static void main(String[] args) {
        Config config = ConfigFactory.load();
        PostHogSettings settings = PostHogSettings.fromConfig(config);
        AdminSettings admin = AdminSettings.fromConfig(config);

        log.info("Loaded configuration: {}", settings);
        log.info("PostHog personal API key: {}", KeyMasker.mask(settings.getPersonalApiKey()));
        log.info("Feature flags secure key fingerprint: {}", KeyMasker.sha256Hash(settings.getFlagsSecureKey()));

        String mode = System.getenv().getOrDefault("FLAGS_MODE", "standard");
        PostHogInterface posthog = switch (mode) {
            case "troubleshoot" -> PostHogClientFactory.createForTroubleshooting(settings);
            case "edge" -> PostHogClientFactory.createForEdge(settings);
            default -> PostHogClientFactory.create(settings);
        };

        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Config http = config.getConfig("larkspur.http");
        String host = http.getString("host");
        int port = http.getInt("port");

        ActorSystem<Void> system = ActorSystem.create(Behaviors.setup(ctx -> {
            ActorRef<FlagCommand> cache = ctx.spawn(FlagCacheActor.create(posthog, settings), "flag-cache");
            AuthDirectives auth = new AuthDirectives(admin);
            AdminRoutes adminRoutes = new AdminRoutes(settings, admin, auth,
                    new PostHogAdminClient(settings, mapper), cache, mapper);
            FlagRoutes routes = new FlagRoutes(cache, ctx.getSystem().scheduler(), settings, auth,
                    new PageRenderer(settings), adminRoutes, mapper);

            Http.get(ctx.getSystem()).newServerAt(host, port).bind(routes.createRoute())
                    .whenComplete((binding, failure) -> {
                        if (failure != null) {
                            log.error("Could not bind {}:{}", host, port, failure);
                            ctx.getSystem().terminate();
                        } else {
                            log.info(LogMessages.httpBound(host, port));
                        }
                    });
            log.info(LogMessages.adminConsoleBanner(admin));
            return Behaviors.empty();
        }), "flag-service", config);

        system.getWhenTerminated().thenRun(posthog::close);
        Runtime.getRuntime().addShutdownHook(new Thread(system::terminate, "flag-service-shutdown"));
    }
}
