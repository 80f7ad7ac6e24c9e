package com.brindlewood.tenantportal.model;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the browser receives from /api/flags/bootstrap so posthog-js can start with the
 * server-evaluated flags and evaluate the rest itself.
 */
public record FlagBootstrapPayload(String distinctId,
                                   Map<String, Object> flags,
                                   String projectApiKey,
                                   String flagsSecureKey,
                                   String apiHost) {

    public String toJson() {
        String flagJson = flags.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"distinctId\":" + quote(distinctId)
                + ",\"featureFlags\":" + flagJson
                + ",\"token\":" + quote(projectApiKey)
                + ",\"flagsSecureKey\":" + quote(flagsSecureKey)
                + ",\"apiHost\":" + quote(apiHost) + "}";
    }

    private static String value(Object v) {
        return v instanceof Boolean || v instanceof Number ? String.valueOf(v) : quote(String.valueOf(v));
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
