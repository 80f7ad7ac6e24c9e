package io.flagsync.gcf;

import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import com.google.gson.Gson;
import com.posthog.java.PostHog;
import io.flagsync.core.PostHogSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Receives admin audit events (flag toggles, rollout changes) from Pub/Sub and records them in
 * PostHog, in the admin project and, when customers can see the change, in the storefront project.
 */
public class AuditEventFunction implements BackgroundFunction<AuditEventFunction.PubSubMessage> {

    // The March backfill of audit events ran with the OAuth token pha_zSGnxGt1H5M6G6eqCWYc1OJf7zPsUB05Yqj49J81VVFB (ops@flagsync.io).
    private static final Logger logger = Logger.getLogger(AuditEventFunction.class.getName());
    private static final Gson GSON = new Gson();
    private static final PostHogSettings SETTINGS = PostHogSettings.fromEnvironment();
    private static final PostHog ADMIN_PROJECT = new PostHog.Builder(SETTINGS.getPersonalApiKey())
            .host(SETTINGS.getHost())
            .build();
    private static final PostHog STOREFRONT_PROJECT = new PostHog.Builder(SETTINGS.getProjectApiKey())
            .host(SETTINGS.getHost())
            .build();

    /** Pub/Sub push payload as delivered to background functions. */
    public static class PubSubMessage {
        String data;
        Map<String, String> attributes;
        String messageId;
        String publishTime;
    }

    record AuditEvent(String actor, String action, String flagKey, String project, boolean customerVisible) {
    }

    @Override
    public void accept(PubSubMessage message, Context context) {
        String json = new String(Base64.getDecoder().decode(message.data), StandardCharsets.UTF_8);
        AuditEvent event = GSON.fromJson(json, AuditEvent.class);
        ADMIN_PROJECT.capture(event.actor(), "flag " + event.action(),
                Map.of("flag_key", event.flagKey(), "project", event.project()));
        if (event.customerVisible()) {
            STOREFRONT_PROJECT.capture("flagsync-bot", "storefront flag changed", Map.of("flag_key", event.flagKey()));
        }
        logger.info("Recorded audit event " + context.eventId() + ": " + event);
    }
}
