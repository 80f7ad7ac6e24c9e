package io.northwind.cohorts.util;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Helpers that keep credentials out of logs and responses. */
public final class Redaction {

    private static final String[] SENSITIVE_WORDS = {"key", "secret", "password", "token"};

    private Redaction() {
    }

    /** PostHog's own style: first 4 and last 4 characters. */
    public static String mask(String value) {
        if (value == null) {
            return "<unset>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    /** Renders a config block as JSON with every sensitive leaf replaced by a placeholder. */
    public static String redactedRender(Config block) {
        Config redacted = block;
        for (Map.Entry<String, com.typesafe.config.ConfigValue> entry : block.entrySet()) {
            String path = entry.getKey().toLowerCase(Locale.ROOT);
            for (String word : SENSITIVE_WORDS) {
                if (path.contains(word) && !path.equals("api-key")) {
                    redacted = redacted.withValue(entry.getKey(), ConfigValueFactory.fromAnyRef("<redacted>"));
                }
            }
        }
        return redacted.root().render(ConfigRenderOptions.concise());
    }
}
