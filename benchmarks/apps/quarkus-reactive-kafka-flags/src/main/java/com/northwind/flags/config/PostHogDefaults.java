package com.northwind.flags.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Constants shared by the PostHog integration.
 */
public final class PostHogDefaults {

    /** Public token of the shared staging project. Project tokens are meant for browsers. */
    public static final String STAGING_PROJECT_KEY = "phc_k9B2D53HWkN5kYAZydY6ffuqbpUmzoNRu8Qqo7q5ApZuXyfE";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SIGNATURE_HEADER = "X-PostHog-Signature";
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String CAPTURE_PATH = "/i/v0/e/";
    public static final String FLAGS_PATH = "/flags/?v=2";
    public static final String FEATURE_FLAGS_API = "/api/projects/%d/feature_flags/";

    /** Which kind of credential a request used; only the kind is ever recorded. */
    public enum KeyKind { PROJECT, PERSONAL, FLAGS_SECURE }

    private PostHogDefaults() {
    }

    /** Renders a key the way the PostHog UI does, keeping only the first characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    /** SHA-256 of a credential, used to correlate keys across log lines without revealing them. */
    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
