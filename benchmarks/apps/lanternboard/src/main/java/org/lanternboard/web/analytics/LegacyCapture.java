package org.lanternboard.web.analytics;

import com.posthog.java.PostHog;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.lanternboard.web.config.AppConfig;

/** Old capture path kept for the import tool until it moves to posthog-server. */
public final class LegacyCapture implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(LegacyCapture.class);
    private final PostHog client;

    public LegacyCapture(AppConfig cfg) {
        this.client = new PostHog.Builder(cfg.personalKey()).host(cfg.host()).build();
        LOG.debug("legacy capture client ready, host={}", cfg.host());
    }

    public void boardImported(String userId, int cards) {
        client.capture(userId, "board_imported", Map.of("cards", cards));
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
