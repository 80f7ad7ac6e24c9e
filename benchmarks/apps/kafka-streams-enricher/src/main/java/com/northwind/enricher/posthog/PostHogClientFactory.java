package com.northwind.enricher.posthog;

import com.northwind.enricher.config.EnricherConfig;
import com.northwind.enricher.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface createAnalyticsClient(EnricherConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getPostHogHost())
                .personalApiKey(config.getLocalEvalKey())
                .flushAt(100)
                .flushIntervalSeconds(10)
                .build();
        LOG.info("PostHog analytics client created for {}", config.getPostHogHost());
        return PostHog.with(cfg);
    }

    public static PostHogInterface createGatingClient(EnricherConfig config) throws PostHogSetupException {
        String secureKey = config.getFlagsSecureKey();
        if (secureKey == null || secureKey.isBlank()) {
            secureKey = config.getPersonalApiKey();
        }
        if (!secureKey.startsWith("phs_") && !secureKey.startsWith("phx_")) {
            throw new PostHogSetupException("Local flag evaluation needs a phs_ or phx_ key, got '"
                    + secureKey + "' (source " + config.getPersonalApiKeySource() + ")");
        }

        PostHogConfig cfg = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getPostHogHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(PostHogDefaults.POLL_INTERVAL_SECONDS)
                .debug(config.isPostHogDebug())
                .build();

        LOG.info("Gating client uses key {}", mask(secureKey));
        LOG.debug("Gating key length: {}", secureKey.length());
        LOG.debug("Gating key fingerprint: {}", sha256(secureKey));
        LOG.debug("Gating client poll interval {}s, key {}", PostHogDefaults.POLL_INTERVAL_SECONDS, secureKey);
        return PostHog.with(cfg);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
