package com.northwind.growth.cohortsync.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.HashMap;
import java.util.Map;

/** Response helpers for the API Gateway (REST API, proxy integration) handlers. */
final class ApiResponses {

    private static final Map<String, String> JSON_HEADERS = Map.of(
            "Content-Type", "application/json; charset=utf-8",
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff");

    private ApiResponses() {
    }

    static APIGatewayProxyResponseEvent ok() {
        return status(200);
    }

    static APIGatewayProxyResponseEvent status(int code) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(code)
                .withHeaders(new HashMap<>(JSON_HEADERS));
    }

    static APIGatewayProxyResponseEvent error(int code, String message) {
        return status(code).withBody("{\"error\":\"" + jsonEscape(message) + "\"}");
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
