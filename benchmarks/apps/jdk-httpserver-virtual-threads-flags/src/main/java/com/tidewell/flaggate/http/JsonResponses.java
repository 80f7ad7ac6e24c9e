package com.tidewell.flaggate.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * JSON helpers for {@link HttpExchange}.
 */
public final class JsonResponses {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private JsonResponses() {
    }

    public static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = GSON.toJson(body).getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message));
    }

    public static JsonObject readObject(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return GSON.fromJson(new String(in.readAllBytes(), UTF_8), JsonObject.class);
        }
    }

    public static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), UTF_8);
            }
        }
        return null;
    }
}
