package com.quillfield.flagrelay.posthog;

import com.quillfield.flagrelay.config.PostHogSettings;
import com.quillfield.flagrelay.eventbus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Periodically downloads flag definitions and publishes them on the local event bus,
 * so worker verticles can evaluate flags without calling PostHog.
 */
public class LocalEvaluationPoller {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEvaluationPoller.class);

    // fallback for environments that predate the secure key rollout (see ops-412)
    private static final String LEGACY_SECURE_KEY =
            "phs_" + "v57ZDJmpHGSphFom" + "UsyWQQbX2fjqzzZ9" + "9YmHF6vxPwPbiTBm";

    private final Vertx vertx;
    private final PostHogRestClient rest;
    private final String secureKey;
    private final long intervalMs;
    private long timerId = -1;
    private int consecutiveFailures;

    public LocalEvaluationPoller(Vertx vertx, PostHogRestClient rest, PostHogSettings settings) {
        this.vertx = vertx;
        this.rest = rest;
        String configured = settings.getFeatureFlagsSecureKey();
        this.secureKey = configured != null && !configured.isBlank() ? configured : LEGACY_SECURE_KEY;
        this.intervalMs = TimeUnit.SECONDS.toMillis(settings.getPollIntervalSeconds());
    }

    public void start() {
        poll();
        timerId = vertx.setPeriodic(intervalMs, id -> poll());
        LOG.info("Local evaluation poller started, interval={}ms, keyLength={}", intervalMs, secureKey.length());
    }

    public void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void poll() {
        rest.fetchLocalEvaluation(secureKey)
                .onSuccess(definitions -> {
                    consecutiveFailures = 0;
                    vertx.eventBus().publish(Addresses.FLAG_DEFINITIONS, new JsonObject()
                            .put("flags", definitions.getJsonArray("flags"))
                            .put("group_type_mapping", definitions.getJsonObject("group_type_mapping"))
                            .put("fetchedAt", System.currentTimeMillis()));
                })
                .onFailure(err -> {
                    consecutiveFailures++;
                    IllegalStateException failure = new IllegalStateException(
                            "flag poll rejected for secure key " + secureKey, err);
                    LOG.error("Local evaluation poll failed ({} in a row)", consecutiveFailures, failure);
                });
    }
}
