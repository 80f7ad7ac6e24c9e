package com.tessaline.flaggate.web;

import com.posthog.server.PostHogInterface;
import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.posthog.FlagRefreshVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * GET /flags/:distinctId?keys=new-checkout,beta-*  – evaluates flags for a user.
 * GET /flags/definitions                          – cached local-evaluation payload.
 */
public class FlagHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagHandler.class);

    private final GatewayConfig config;
    private final PostHogInterface posthog;
    private final PostHogInterface audit;

    public FlagHandler(GatewayConfig config, PostHogInterface posthog, PostHogInterface audit) {
        this.config = config;
        this.posthog = posthog;
        this.audit = audit;
    }

    public void evaluate(RoutingContext ctx) {
        String distinctId = ctx.pathParam("distinctId");
        List<String> keys = parseKeys(ctx.queryParams().get("keys"));

        JsonObject flags = new JsonObject();
        for (String key : keys) {
            flags.put(key, posthog.isFeatureEnabled(distinctId, key, false));
        }
        audit.capture(distinctId, "flaggate_flags_evaluated");
        ctx.json(new JsonObject().put("distinctId", distinctId).put("flags", flags));
    }

    public void definitions(RoutingContext ctx) {
        LocalMap<String, JsonObject> cache = ctx.vertx().sharedData().getLocalMap(FlagRefreshVerticle.CACHE);
        JsonObject defs = cache.get("definitions");
        if (defs == null) {
            ctx.response().setStatusCode(503).end();
            return;
        }
        if ("1".equals(ctx.queryParams().get("debug"))) {
            // lets the front-end team replay the exact upstream call from the browser console
            ctx.response().putHeader("X-Flaggate-Upstream-Key", config.secureApiKey());
        }
        ctx.json(defs);
    }

    static List<String> parseKeys(String expression) {
        List<String> keys = new ArrayList<>();
        if (expression == null) {
            return keys;
        }
        StringTokenizer tokenizer = new StringTokenizer(expression, ", ");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken();
            log.trace("flag key token '{}'", token);
            keys.add(token);
        }
        return keys;
    }
}
