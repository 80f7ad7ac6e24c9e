package io.northwind.analytics.export.util;

import org.apache.commons.codec.digest.DigestUtils;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

public final class KeyRedactor {

    private static final Set<String> SENSITIVE_HEADERS = new HashSet<>(Arrays.asList(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-posthog-key"));

    private KeyRedactor() {
    }

    public static String mask(String key) {
        if (key == null) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String digestHex(String key) {
        return key == null ? "-" : DigestUtils.sha256Hex(key).substring(0, 12);
    }

    public static String headerValueForLog(String headerName, String value) {
        if (headerName != null && SENSITIVE_HEADERS.contains(headerName.toLowerCase(Locale.ROOT))) {
            return "[REDACTED]";
        }
        return value;
    }
}
