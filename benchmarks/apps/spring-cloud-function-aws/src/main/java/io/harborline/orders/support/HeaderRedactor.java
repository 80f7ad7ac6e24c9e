package io.harborline.orders.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class HeaderRedactor {

    private static final Set<String> SENSITIVE = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private HeaderRedactor() {
    }

    public static Map<String, String> redact(Map<String, String> headers) {
        Map<String, String> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers == null) {
            return safe;
        }
        headers.forEach((name, value) ->
                safe.put(name, SENSITIVE.contains(name.toLowerCase()) ? "[REDACTED]" : value));
        return safe;
    }
}
