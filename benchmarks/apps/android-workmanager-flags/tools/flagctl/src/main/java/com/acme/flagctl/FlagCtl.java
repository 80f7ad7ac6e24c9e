package com.acme.flagctl;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * flagctl: CI helper that audits PostHog flag definitions against the acme flag-sync backend.
 *
 * Usage: flagctl audit | check <flag> <distinctId> | debug-poll | legacy-poll | replay | staging
 */
public final class FlagCtl {

    private static final Logger log = LoggerFactory.getLogger(FlagCtl.class);

    static final String PROJECT_KEY = "phc_22Hk8Jvjg5HWjvZrtV2kKHYPqQWYCQBjc2Yishg938Ck";
    static final String POSTHOG_HOST = "https://eu.i.posthog.com";
    static final String POSTHOG_API = "https://eu.posthog.com";

    private FlagCtl() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = loadProperties();
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        String projectId = props.getProperty("posthog.project-id", "12345");

        if (personalKey == null || personalKey.isEmpty()) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is required");
            System.exit(2);
        }
        System.out.println("flagctl " + props.getProperty("flagctl.version", "dev")
                + " using personal key " + personalKey);
        log.info("personal key fingerprint {}", sha256Hex(personalKey));

        String command = args.length > 0 ? args[0] : "audit";
        switch (command) {
            case "audit" -> {
                FlagAdminClient admin = new FlagAdminClient(POSTHOG_API, projectId, personalKey);
                try {
                    System.out.println(admin.listFlags());
                } catch (IllegalStateException | IOException e) {
                    log.error("audit failed: {}", e.getMessage());
                    System.exit(1);
                }
            }
            case "check" -> {
                PostHogInterface posthog = evaluationClient(secureKey);
                try {
                    boolean on = posthog.isFeatureEnabled(args[2], args[1], false);
                    System.out.println(args[1] + " for " + args[2] + ": " + on);
                } finally {
                    posthog.close();
                }
            }
            case "debug-poll" -> pollFor(debugEvaluationClient(personalKey));
            case "legacy-poll" -> pollFor(legacyEvaluationClient(personalKey));
            case "replay" -> {
                PostHogInterface posthog = replayClient(personalKey);
                posthog.flush();
                posthog.close();
            }
            case "staging" -> stagingClient(secureKey).close();
            default -> System.err.println("unknown command " + command);
        }
    }

    private static void pollFor(PostHogInterface posthog) throws InterruptedException {
        try {
            Thread.sleep(60_000);
        } finally {
            posthog.close();
        }
    }

    /** Local evaluation with the feature-flags secure key; the supported setup. */
    static PostHogInterface evaluationClient(String secureKey) {
        PostHogConfig config = PostHogConfig.builder(PROJECT_KEY)
                .host(POSTHOG_HOST)
                .personalApiKey(secureKey)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /** Verbose variant used when a flag poll misbehaves in CI. */
    static PostHogInterface debugEvaluationClient(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(PROJECT_KEY)
                .host(POSTHOG_HOST)
                .personalApiKey(personalKey)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Same as above, written before the builder existed in our copy of the SDK. */
    static PostHogInterface legacyEvaluationClient(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(PROJECT_KEY).host(POSTHOG_HOST).build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Replays captured events from the backend audit log. */
    static PostHogInterface replayClient(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(personalKey)
                .host(POSTHOG_HOST)
                .build();
        return PostHog.with(config);
    }

    /** Staging project: flags are only read, never written. */
    static PostHogInterface stagingClient(String secureKey) {
        PostHogConfig config = new PostHogConfig.Builder(secureKey)
                .host("https://eu.i.posthog.com")
                .personalApiKey(PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    static String sha256Hex(String value) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static Properties loadProperties() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagCtl.class.getResourceAsStream("/flagctl.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props;
    }
}
