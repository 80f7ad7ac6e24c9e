package com.northwind.flagsync.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;

public final class KeyMasker {

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private KeyMasker() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static HttpHeaders redactHeaders(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                copy.put(name, List.of("[REDACTED]"));
            } else {
                copy.put(name, values);
            }
        });
        return copy;
    }
}
