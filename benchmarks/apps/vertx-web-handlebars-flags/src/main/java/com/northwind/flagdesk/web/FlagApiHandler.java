package com.northwind.flagdesk.web;

import com.northwind.flagdesk.bus.AuditConsumer;
import com.northwind.flagdesk.bus.FlagSyncConsumer;
import com.northwind.flagdesk.config.AppConfig;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import com.northwind.flagdesk.support.Secrets;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON endpoints used by the flag editor and by internal jobs.
 */
public class FlagApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FlagApiHandler.class);

    public static final String API_KEY_HEADER = "X-Api-Key";

    private final AppConfig config;
    private final FlagAdminClient adminClient;
    private final EventBus eventBus;

    public FlagApiHandler(AppConfig config, FlagAdminClient adminClient, EventBus eventBus) {
        this.config = config;
        this.adminClient = adminClient;
        this.eventBus = eventBus;
    }

    /** GET /api/bootstrap */
    public void bootstrap(RoutingContext ctx) {
        ClientBootstrap bootstrap = ClientBootstrap.from(config.posthog(), LoginHandler.currentUser(ctx));
        ctx.json(bootstrap);
    }

    /** GET /api/flags?q=... */
    public void list(RoutingContext ctx) {
        var filters = FlagQueryParser.parse(ctx.request().getParam("q"));
        adminClient.listFlags()
                .map(flags -> flags.stream()
                        .map(JsonObject.class::cast)
                        .filter(flag -> filters.stream().allMatch(f -> f.test(flag)))
                        .map(flag -> new JsonObject()
                                .put("id", flag.getLong("id"))
                                .put("key", flag.getString("key"))
                                .put("name", flag.getString("name"))
                                .put("active", flag.getBoolean("active")))
                        .toList())
                .onSuccess(ctx::json)
                .onFailure(ctx::fail);
    }

    /** POST /api/flags/:id/toggle  body: {"active": true} */
    public void toggle(RoutingContext ctx) {
        long flagId = Long.parseLong(ctx.pathParam("id"));
        JsonObject body = ctx.body().asJsonObject();
        if (body == null || !body.containsKey("active")) {
            ctx.fail(400);
            return;
        }
        boolean active = body.getBoolean("active");
        String user = LoginHandler.currentUser(ctx);
        adminClient.setActive(flagId, active)
                .onSuccess(updated -> {
                    eventBus.publish(AuditConsumer.ADDRESS, new JsonObject()
                            .put("actor", user)
                            .put("flagId", flagId)
                            .put("flagKey", updated.getString("key"))
                            .put("active", active));
                    ctx.json(new JsonObject()
                            .put("id", flagId)
                            .put("key", updated.getString("key"))
                            .put("active", updated.getBoolean("active")));
                })
                .onFailure(ctx::fail);
    }

    /** GET /api/preview?distinctId=... */
    public void preview(RoutingContext ctx) {
        String distinctId = ctx.request().getParam("distinctId");
        adminClient.evaluateFlags(distinctId)
                .onSuccess(result -> ctx.json(new JsonObject()
                        .put("distinctId", distinctId)
                        .put("flags", result.getJsonObject("flags", new JsonObject()))))
                .onFailure(ctx::fail);
    }

    /** Guard for /internal/*: called by the deploy pipeline, not by browsers. */
    public void requireInternalKey(RoutingContext ctx) {
        String presented = ctx.request().getHeader(API_KEY_HEADER);
        if (!Secrets.constantTimeEquals(config.internalApiKey(), presented)) {
            LOG.warn("Rejected internal call without a valid {} header from {}", API_KEY_HEADER,
                    ctx.request().remoteAddress());
            ctx.response().setStatusCode(403).end();
            return;
        }
        ctx.next();
    }

    /** POST /internal/sync */
    public void triggerSync(RoutingContext ctx) {
        eventBus.<JsonObject>request(FlagSyncConsumer.ADDRESS, new JsonObject().put("reason", "deploy"))
                .onSuccess(reply -> ctx.json(reply.body()))
                .onFailure(ctx::fail);
    }
}
