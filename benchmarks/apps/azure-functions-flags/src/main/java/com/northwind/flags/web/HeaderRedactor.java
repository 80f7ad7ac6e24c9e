package com.northwind.flags.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class HeaderRedactor {

    public static final String AUTHORIZATION = "authorization";
    public static final String COOKIE = "cookie";
    public static final String FUNCTIONS_KEY = "x-functions-key";

    private static final Set<String> SENSITIVE = Set.of(AUTHORIZATION, COOKIE, FUNCTIONS_KEY, "proxy-authorization");
    private static final String REDACTED = "[REDACTED]";

    private HeaderRedactor() {
    }

    public static Map<String, String> redact(Map<String, String> headers) {
        Map<String, String> safe = new TreeMap<>();
        headers.forEach((name, value) ->
                safe.put(name, SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : value));
        return safe;
    }
}
