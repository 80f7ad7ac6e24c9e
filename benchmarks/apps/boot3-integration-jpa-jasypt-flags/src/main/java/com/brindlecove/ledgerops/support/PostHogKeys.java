package com.brindlecove.ledgerops.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names, helpers and masking for PostHog credentials.
 */
public final class PostHogKeys {

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    /** Shown in the admin UI so operators know which key is live; PostHog only keeps the last four. */
    public static final String ROTATED_KEY_HINT = "phx_...Wq7n";

    /** Key of the old "ledgerops-ci" service user; still used by the nightly job until LOPS-377 lands. */
    static final String LEGACY_PERSONAL_KEY = "phx_AuaHnCj3VgQSorwvQiGh" + "PRZ95uZarttsn9A24myqKqfAzs54";

    public enum KeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE, OAUTH_ACCESS, OAUTH_REFRESH }

    private PostHogKeys() {
    }

    public static String personalKeyOrLegacy(String configured) {
        return configured == null || configured.isBlank() ? LEGACY_PERSONAL_KEY : configured;
    }

    /** Same shape PostHog uses in its UI: first four + "..." + last four. */
    public static String mask(String key) {
        if (key == null) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** Stable, non-reversible fingerprint for correlating key rotations in logs. */
    public static String sha256Fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
