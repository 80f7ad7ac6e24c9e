package com.cohortlab.cohortapi.util;

import com.cohortlab.cohortapi.config.PostHogSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Secrets {

    private Secrets() {
    }

    /** Same format PostHog uses in its UI: first 4 + "..." + last 4. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    public static String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String redactedDump(PostHogSettings settings) {
        return "host=" + settings.host()
                + ", projectId=" + settings.projectId()
                + ", projectApiKey=" + settings.projectApiKey()
                + ", personalApiKey=<redacted>"
                + ", secureApiKey=" + (settings.secureApiKey().isPresent() ? "<redacted>" : "<unset>");
    }
}
