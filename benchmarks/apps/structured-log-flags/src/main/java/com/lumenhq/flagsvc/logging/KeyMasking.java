package com.lumenhq.flagsvc.logging;

import org.apache.commons.codec.digest.DigestUtils;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

public final class KeyMasking {

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-log-override-token");

    private KeyMasking() {
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

    public static String fingerprint(String value) {
        return value == null ? "" : DigestUtils.sha256Hex(value).substring(0, 12);
    }

    public static Map<String, String> redactHeaders(Map<String, String> headers) {
        Map<String, String> safe = new LinkedHashMap<>();
        headers.forEach((name, value) ->
                safe.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : value));
        return safe;
    }
}
