package com.tessaline.flaggate;

import com.posthog.server.PostHogInterface;
import com.tessaline.flaggate.config.ConfigLoader;
import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.posthog.FlagRefreshVerticle;
import com.tessaline.flaggate.posthog.PostHogClientFactory;
import com.tessaline.flaggate.util.KeyMasker;
import com.tessaline.flaggate.web.GatewayRouter;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: loads configuration, deploys the refresh worker and starts the HTTP server.
 */
public class MainVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(MainVerticle.class);

    @Override
    public void start(Promise<Void> startPromise) {
        ConfigLoader.load(vertx)
                .compose(config -> {
                    log.info("Gateway configuration loaded: {}", config);
                    log.info("Local evaluation key {}", KeyMasker.mask(config.personalApiKey()));
                    log.info("Local evaluation enabled={}, secure key configured={}",
                            config.personalApiKey() != null, !config.secureApiKey().isBlank());

                    PostHogInterface posthog = PostHogClientFactory.flagsClient(config);
                    PostHogInterface audit = PostHogClientFactory.auditClient(config);
                    return vertx.deployVerticle(new FlagRefreshVerticle(config),
                                    new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER))
                            .compose(id -> {
                                schedulePolling(config);
                                return vertx.createHttpServer()
                                        .requestHandler(GatewayRouter.create(vertx, config, posthog, audit))
                                        .listen(config.httpPort());
                            });
                })
                .onSuccess(server -> {
                    log.info("flaggate listening on port {}", server.actualPort());
                    startPromise.complete();
                })
                .onFailure(startPromise::fail);
    }

    private void schedulePolling(GatewayConfig config) {
        DeliveryOptions options = new DeliveryOptions()
                .addHeader("Authorization", "Bearer " + config.personalApiKey())
                .setSendTimeout(10_000);
        vertx.setPeriodic(1_000L, config.pollIntervalSeconds() * 1000L, timerId ->
                vertx.eventBus().send(FlagRefreshVerticle.ADDRESS, new JsonObject().put("reason", "timer"), options));
    }
}
