package com.tallyfield.flagapi;

import com.tallyfield.flagapi.config.ConfigLoader;
import com.tallyfield.flagapi.flags.FlagEvaluationVerticle;
import com.tallyfield.flagapi.http.HttpServerVerticle;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;

/**
 * Entry point (Main-Verticle in the fat jar manifest). Loads configuration, then deploys the
 * flag evaluation verticle followed by the HTTP verticles.
 */
public class MainVerticle extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

    @Override
    public void start(Promise<Void> startPromise) {
        ConfigLoader.load(vertx)
                .compose(this::deploy)
                .onSuccess(v -> LOG.info("flag-api started"))
                .onComplete(startPromise);
    }

    private Future<Void> deploy(JsonObject conf) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Effective configuration:\n" + conf.encodePrettily());
        }
        int instances = conf.getJsonObject("http", new JsonObject()).getInteger("instances", Runtime.getRuntime().availableProcessors());

        DeploymentOptions evaluation = new DeploymentOptions().setConfig(conf);
        DeploymentOptions http = new DeploymentOptions().setConfig(conf).setInstances(instances);

        return vertx.deployVerticle(FlagEvaluationVerticle.class.getName(), evaluation)
                .compose(id -> vertx.deployVerticle(HttpServerVerticle.class.getName(), http))
                .mapEmpty();
    }
}
