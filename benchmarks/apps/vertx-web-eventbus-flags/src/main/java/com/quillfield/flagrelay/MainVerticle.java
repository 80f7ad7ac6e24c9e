package com.quillfield.flagrelay;

import com.quillfield.flagrelay.auth.OAuthTokenService;
import com.quillfield.flagrelay.config.ConfigLoader;
import com.quillfield.flagrelay.config.PostHogSettings;
import com.quillfield.flagrelay.eventbus.FlagEvaluationConsumer;
import com.quillfield.flagrelay.posthog.LegacyCaptureService;
import com.quillfield.flagrelay.posthog.LocalEvaluationPoller;
import com.quillfield.flagrelay.posthog.PostHogClientFactory;
import com.quillfield.flagrelay.posthog.PostHogRestClient;
import com.quillfield.flagrelay.util.KeyMasker;
import com.quillfield.flagrelay.web.ApiRouter;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MainVerticle extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

    private PostHogInterface posthog;

    @Override
    public void start(Promise<Void> startPromise) {
        ConfigLoader.load(vertx)
                .onFailure(startPromise::fail)
                .onSuccess(config -> boot(config, startPromise));
    }

    private void boot(JsonObject config, Promise<Void> startPromise) {
        LOG.debug("Effective configuration:\n{}", config.encodePrettily());

        PostHogSettings settings = PostHogSettings.from(config);
        if (config.getString(PostHogSettings.PERSONAL_KEY_ENV) == null) {
            LOG.warn("{} not set, falling back to {} from conf/config.yaml",
                    PostHogSettings.PERSONAL_KEY_ENV, PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        LOG.info("PostHog personal key {} (sha256 {})",
                KeyMasker.mask(settings.getPersonalApiKey()),
                KeyMasker.sha256Fingerprint(settings.getPersonalApiKey()));

        posthog = PostHogClientFactory.create(settings);
        PostHogRestClient rest = new PostHogRestClient(vertx, settings);
        OAuthTokenService oauth = new OAuthTokenService(vertx, config.getJsonObject("oauth", new JsonObject()),
                config.getString("OAUTH_CLIENT_SECRET"));
        LegacyCaptureService legacyCapture = new LegacyCaptureService(settings);

        vertx.eventBus().consumer(FlagEvaluationConsumer.ADDRESS, new FlagEvaluationConsumer(posthog, rest, oauth));
        new LocalEvaluationPoller(vertx, rest, settings).start();

        Router router = new ApiRouter(vertx, settings, legacyCapture).build();
        int port = config.getJsonObject("http", new JsonObject()).getInteger("port", 8088);
        vertx.createHttpServer()
                .requestHandler(router)
                .listen(Integer.parseInt(config.getString("HTTP_PORT", String.valueOf(port))))
                .onSuccess(server -> {
                    LOG.info("flag-relay listening on {}", server.actualPort());
                    startPromise.complete();
                })
                .onFailure(startPromise::fail);
    }

    @Override
    public void stop() {
        if (posthog != null) {
            posthog.close();
        }
    }
}
