package io.northwind.cohorts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import io.northwind.cohorts.actors.CohortRegistryActor;
import io.northwind.cohorts.actors.FlagSyncActor;
import io.northwind.cohorts.config.DatabaseSettings;
import io.northwind.cohorts.config.PostHogSettings;
import io.northwind.cohorts.http.AdminRoutes;
import io.northwind.cohorts.http.CohortRoutes;
import io.northwind.cohorts.http.ErrorHandlers;
import io.northwind.cohorts.http.OAuthRoutes;
import io.northwind.cohorts.posthog.FlagDefinitionsClient;
import io.northwind.cohorts.posthog.PostHogClientFactory;
import io.northwind.cohorts.posthog.PostHogOAuthClient;
import io.northwind.cohorts.service.BootstrapService;
import io.northwind.cohorts.util.Redaction;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: wires settings, PostHog clients, actors and routes, then binds the HTTP server. */
public final class CohortServiceApp extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(CohortServiceApp.class);

    public static void main(String[] args) {
        ActorSystem<Void> system = ActorSystem.create(rootBehavior(), "cohort-service");
        system.getWhenTerminated().thenRun(() -> log.info("cohort-service stopped"));
    }

    private static Behavior<Void> rootBehavior() {
        return Behaviors.setup(context -> {
            Config conf = context.getSystem().settings().config();
            PostHogSettings posthogSettings = PostHogSettings.fromConfig(conf);
            DatabaseSettings dbSettings = DatabaseSettings.fromConfig(conf);
            String adminToken = conf.getString("cohorts.admin.token");

            log.info("Starting cohort-service with {}", posthogSettings);
            log.info("PostHog personal key {} (local evaluation {})",
                    Redaction.mask(posthogSettings.personalApiKey()), posthogSettings.localEvaluationEnabled());
            log.info("Admin token fingerprint {}", Redaction.sha256Hex(adminToken));
            log.debug("Effective posthog block: {}", Redaction.redactedRender(conf.getConfig("posthog")));
            if (!posthogSettings.localEvaluationEnabled()) {
                log.warn("{} is not set; feature flags will be evaluated remotely", PostHogSettings.PERSONAL_KEY_PATH);
            }

            ObjectMapper mapper = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            PostHogInterface posthog = PostHogClientFactory.create(posthogSettings);
            FlagDefinitionsClient flagClient = new FlagDefinitionsClient(httpClient, mapper, posthogSettings);
            PostHogOAuthClient oauthClient = new PostHogOAuthClient(httpClient, mapper, conf.getConfig("posthog.oauth"));

            ActorRef<CohortRegistryActor.Command> registry =
                    context.spawn(CohortRegistryActor.create(dbSettings), "cohort-registry");
            context.spawn(FlagSyncActor.create(flagClient, posthogSettings, registry), "flag-sync");

            Duration askTimeout = conf.getDuration("cohorts.routes.ask-timeout");
            CohortRoutes cohortRoutes = new CohortRoutes(registry, new BootstrapService(posthog, posthogSettings),
                    posthogSettings, context.getSystem().scheduler(), askTimeout);
            AdminRoutes adminRoutes = new AdminRoutes(posthogSettings, flagClient, Redaction.sha256Hex(adminToken));
            OAuthRoutes oauthRoutes = new OAuthRoutes(oauthClient, mapper, conf.getString("posthog.oauth.redirect-uri"));
            ErrorHandlers errors = new ErrorHandlers();

            CohortServiceApp app = new CohortServiceApp();
            Route route = app.handleExceptions(errors.exceptionHandler(), () ->
                    app.concat(cohortRoutes.routes(), adminRoutes.routes(), oauthRoutes.routes()));

            String host = conf.getString("cohorts.http.host");
            int port = conf.getInt("cohorts.http.port");
            Http.get(context.getSystem())
                    .newServerAt(host, port)
                    .bind(route)
                    .whenComplete((binding, failure) -> {
                        if (failure != null) {
                            log.error("Could not bind {}:{}", host, port, failure);
                            context.getSystem().terminate();
                        } else {
                            log.info("cohort-service listening on {}", binding.localAddress());
                        }
                    });

            context.getSystem().getWhenTerminated().thenRun(posthog::close);
            return Behaviors.empty();
        });
    }
}
