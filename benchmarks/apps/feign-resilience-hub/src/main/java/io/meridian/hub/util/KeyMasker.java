package io.meridian.hub.util;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks keys the way PostHog shows them (first 4 + "..." + last 4) and redacts header dumps.
 */
public final class KeyMasker {

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static Map<String, List<String>> redactHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) ->
                copy.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase()) ? List.of("<redacted>") : values));
        return copy;
    }
}
