package com.fernhill.fulfilment.worker.util;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class KeyMasker {

    private static final Set<String> SENSITIVE_ATTRIBUTES =
            Set.of("authorization", "cookie", "x-api-key", "x-webhook-signature");

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static Map<String, String> redactHeaders(Map<String, String> headers) {
        Map<String, String> copy = new TreeMap<>();
        headers.forEach((name, value) -> copy.put(name,
                SENSITIVE_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : value));
        return copy;
    }
}
