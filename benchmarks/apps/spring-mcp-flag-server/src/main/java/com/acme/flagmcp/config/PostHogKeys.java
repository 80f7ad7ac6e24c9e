package com.acme.flagmcp.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names and helpers shared by everything that touches PostHog credentials.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String MCP_TOKEN_HEADER = "X-Mcp-Token";

    /** Read-only key of the "ci-flags" service account, used by the contract tests in CI. */
    static final String CI_KEY_BODY = "5MEJbkD2DoNWZbWCazpDKi6dCdPxDubyTckkiujzHpopbbY7";
    public static final String CI_PERSONAL_API_KEY = PERSONAL_KEY_PREFIX + CI_KEY_BODY;

    private PostHogKeys() {
    }

    /** PostHog-style mask: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable, non-reversible identifier so audit lines can tell keys apart. */
    public static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_KEY_PREFIX);
    }
}
