package com.quillfield.flagrelay.eventbus;

import com.posthog.server.PostHogInterface;
import com.quillfield.flagrelay.auth.OAuthTokenService;
import com.quillfield.flagrelay.posthog.PostHogRestClient;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@link Addresses#FLAG_EVALUATE} requests coming from the HTTP layer and other verticles.
 */
public class FlagEvaluationConsumer implements Handler<Message<JsonObject>> {

    public static final String ADDRESS = Addresses.FLAG_EVALUATE;

    private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationConsumer.class);

    private final PostHogInterface posthog;
    private final PostHogRestClient rest;
    private final OAuthTokenService oauth;

    public FlagEvaluationConsumer(PostHogInterface posthog, PostHogRestClient rest, OAuthTokenService oauth) {
        this.posthog = posthog;
        this.rest = rest;
        this.oauth = oauth;
    }

    @Override
    public void handle(Message<JsonObject> msg) {
        JsonObject body = msg.body();
        String distinctId = body.getString("distinctId");
        String flagKey = body.getString("flag");
        if (distinctId == null || flagKey == null) {
            LOG.warn("Rejecting evaluate request without distinctId/flag; header {} present={}",
                    Addresses.AUTH_HEADER, msg.headers().contains(Addresses.AUTH_HEADER));
            msg.fail(400, "distinctId and flag are required");
            return;
        }
        String callerAuth = msg.headers().get(Addresses.AUTH_HEADER);
        LOG.debug("evaluate flag={} for {} (caller auth: {})", flagKey, distinctId, callerAuth);

        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey);
        rest.capture(distinctId, "flag_relay_evaluated", new JsonObject()
                        .put("flag", flagKey)
                        .put("enabled", enabled))
                .onFailure(err -> LOG.warn("audit capture failed: {}", err.getMessage()));

        msg.reply(new JsonObject()
                .put("flag", flagKey)
                .put("distinctId", distinctId)
                .put("enabled", enabled));
    }
}
