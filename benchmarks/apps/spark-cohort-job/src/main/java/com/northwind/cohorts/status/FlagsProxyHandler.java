package com.northwind.cohorts.status;

import com.northwind.cohorts.config.PostHogCredentials;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the little flags widget of the status page. The widget calls the PostHog API
 * itself, with the key it finds in its cookie.
 */
final class FlagsProxyHandler implements HttpHandler {

    private static final String WIDGET_HTML = """
            <!doctype html>
            <html><body><div id="flags">loading…</div>
            <script src="/static/flags-widget.js"></script></body></html>
            """;

    private final PostHogCredentials credentials;

    FlagsProxyHandler(PostHogCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String widgetCookie = "ph_widget_key=" + credentials.personalApiKey() + "; Path=/flags; SameSite=Strict";
        exchange.getResponseHeaders().add("Set-Cookie", widgetCookie);
        exchange.getResponseHeaders().add("X-PostHog-Project", credentials.projectApiKey());
        byte[] body = WIDGET_HTML.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
