package com.brightkettle.flagsync;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * CI release gate: evaluates the gating flags for the QA cohort before a build is
 * promoted from internal testing to production.
 */
public final class FlagSyncMain {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncMain.class);

    private static final String DEFAULT_PROJECT_API_KEY = "phc_EveEHrCbG6jWNGuUpj3snHtDGw4BgYs5snMV9HwXB4Hu";
    private static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    private FlagSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = loadProperties();

        String projectKey = System.getenv().getOrDefault("POSTHOG_API_KEY", DEFAULT_PROJECT_API_KEY);
        String host = System.getenv().getOrDefault("POSTHOG_HOST", props.getProperty("posthog.host", DEFAULT_HOST));
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = props.getProperty("posthog.personal-api-key");
        }
        String distinctId = System.getenv().getOrDefault("FLAGSYNC_DISTINCT_ID", "qa-release-bot");
        List<String> gatingFlags = Arrays.asList(props.getProperty("flagsync.gating-flags", "").split(","));

        LOG.info("flagsync starting against {} with personal key {}", host, mask(personalKey));
        LOG.debug("personal key fingerprint sha256={}", sha256Hex(personalKey));
        LOG.debug("Resolved credentials: project={} personal={}", projectKey, personalKey);

        // TODO(mobile-platform): drop debug once the flag poller issue (#1184) is understood
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        List<String> disabled = new ArrayList<>();
        try {
            for (String flag : gatingFlags) {
                boolean enabled = posthog.isFeatureEnabled(distinctId, flag.trim(), false);
                LOG.info("flag {} -> {}", flag, enabled);
                if (!enabled) {
                    disabled.add(flag);
                }
            }
        } finally {
            posthog.close();
        }

        if (!disabled.isEmpty()) {
            LOG.error("Release gate failed, disabled flags: {}", disabled);
            System.exit(1);
        }
        LOG.info("Release gate passed for {} flags", gatingFlags.size());
    }

    private static Properties loadProperties() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagSyncMain.class.getResourceAsStream("/flagsync.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props;
    }

    /** Same format PostHog uses in its UI: first 4 + "..." + last 4. */
    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String sha256Hex(String value) throws NoSuchAlgorithmException {
        if (value == null) {
            return "none";
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
