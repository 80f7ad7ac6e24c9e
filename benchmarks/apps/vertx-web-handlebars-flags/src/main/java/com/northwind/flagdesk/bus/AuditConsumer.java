package com.northwind.flagdesk.bus;

import com.northwind.flagdesk.config.AppConfig;
import com.northwind.flagdesk.support.Secrets;
import com.posthog.server.PostHogInterface;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every flag change: a PostHog event for product analytics and a signed webhook
 * for the compliance team's audit store. Listens on {@value #ADDRESS} and {@value #REPLAY_ADDRESS}.
 */
public class AuditConsumer extends AbstractVerticle {

    private static final Logger LOG = LoggerFactory.getLogger(AuditConsumer.class);

    public static final String ADDRESS = "flagdesk.audit";
    public static final String REPLAY_ADDRESS = "flagdesk.audit.replay";
    static final String SIGNATURE_HEADER = "X-Flagdesk-Signature";

    private final AppConfig config;
    private final PostHogInterface auditClient;
    private final PostHogInterface backfillClient;
    private WebClient webClient;

    public AuditConsumer(AppConfig config, PostHogInterface auditClient, PostHogInterface backfillClient) {
        this.config = config;
        this.auditClient = auditClient;
        this.backfillClient = backfillClient;
    }

    @Override
    public void start() {
        webClient = WebClient.create(vertx);
        String signingSecret = config.webhookSigningSecret();
        if (signingSecret != null) {
            LOG.info("Audit webhook signing enabled (secret fingerprint {})", Secrets.fingerprint(signingSecret));
        }
        vertx.eventBus().<JsonObject>consumer(ADDRESS, this::onFlagChanged);
        vertx.eventBus().<JsonObject>consumer(REPLAY_ADDRESS, this::onReplay);
    }

    private void onFlagChanged(Message<JsonObject> message) {
        JsonObject change = message.body();
        String actor = change.getString("actor", "unknown");
        auditClient.capture("flagdesk:" + actor, "feature_flag_toggled", Map.of(
                "flag_id", change.getLong("flagId"),
                "flag_key", change.getString("flagKey", ""),
                "active", change.getBoolean("active", false)));
        notifyAuditStore(change);
    }

    private void onReplay(Message<JsonObject> message) {
        JsonObject change = message.body();
        backfillClient.capture("flagdesk:" + change.getString("actor", "unknown"), "feature_flag_toggled", Map.of(
                "flag_key", change.getString("flagKey", ""),
                "active", change.getBoolean("active", false),
                "replayed", true));
        message.reply(new JsonObject().put("replayed", true));
    }

    private void notifyAuditStore(JsonObject change) {
        String url = config.auditWebhookUrl();
        if (url == null) {
            return;
        }
        Buffer payload = change.toBuffer();
        String signingSecret = config.webhookSigningSecret();
        LOG.debug("Signing audit payload for {} with secret {}", url, signingSecret);
        webClient.postAbs(url)
                .putHeader(SIGNATURE_HEADER, sign(payload, signingSecret))
                .putHeader("content-type", "application/json")
                .sendBuffer(payload)
                .onSuccess(resp -> LOG.debug("Audit webhook answered {}", resp.statusCode()))
                .onFailure(err -> LOG.warn("Audit webhook failed: {}", err.getMessage()));
    }

    private static String sign(Buffer payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign audit payload", e);
        }
    }

    @Override
    public void stop() {
        auditClient.flush();
        backfillClient.close();
        if (webClient != null) {
            webClient.close();
        }
    }
}
