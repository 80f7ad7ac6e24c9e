package com.northwind.flagdesk;

import com.northwind.flagdesk.bus.AuditConsumer;
import com.northwind.flagdesk.bus.FlagSyncConsumer;
import com.northwind.flagdesk.config.AppConfig;
import com.northwind.flagdesk.config.ConfigLoader;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import com.northwind.flagdesk.posthog.PostHogClientFactory;
import com.northwind.flagdesk.support.Secrets;
import com.northwind.flagdesk.web.WebServerVerticle;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point (Main-Verticle): loads configuration, builds the shared clients and deploys
 * the HTTP and event-bus verticles.
 */
public class MainVerticle extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

    private PostHogInterface flagsClient;
    private FlagAdminClient adminClient;

    @Override
    public void start(Promise<Void> startPromise) {
        ConfigLoader.load(vertx)
                .compose(this::deployAll)
                .onSuccess(v -> LOG.info("flagdesk started"))
                .onComplete(startPromise);
    }

    private Future<Void> deployAll(AppConfig config) {
        PostHogSettings posthog = config.posthog();
        LOG.info("PostHog settings: {}", posthog);
        LOG.info("Local evaluation uses a {} key", posthog.secretKeyKind());
        LOG.info("Local evaluation key {}", Secrets.mask(posthog.localEvaluationKey()));
        LOG.info("Personal API key configured: {}", posthog.hasPersonalApiKey());
        System.out.println("[flagdesk] audit store " + config.dbUrl() + " as " + config.dbUser() + ":" + config.dbPassword());

        boolean staging = "staging".equalsIgnoreCase(System.getenv("FLAGDESK_PROFILE"));
        PostHogClientFactory factory = new PostHogClientFactory(posthog);
        flagsClient = factory.create();
        adminClient = new FlagAdminClient(vertx, posthog, staging);

        return Future.all(
                        vertx.deployVerticle(new FlagSyncConsumer(adminClient)),
                        vertx.deployVerticle(new AuditConsumer(config, factory.createAuditClient(), factory.createBackfillClient())),
                        vertx.deployVerticle(new WebServerVerticle(config, adminClient)))
                .mapEmpty();
    }

    @Override
    public void stop() {
        if (flagsClient != null) {
            flagsClient.close();
        }
        if (adminClient != null) {
            adminClient.close();
        }
    }
}
