package com.tidewell.flaggate.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.tidewell.flaggate.config.PostHogSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Serves the flag console page, filling in the PostHog settings.
 */
public final class PageHandler implements HttpHandler {

    private final PostHogSettings settings;
    private final String template;

    public PageHandler(PostHogSettings settings) {
        this.settings = settings;
        this.template = loadTemplate("/templates/index.html");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            JsonResponses.error(exchange, 404, "not found");
            return;
        }
        String html = template
                .replace("{{POSTHOG_PROJECT_KEY}}", settings.projectApiKey())
                .replace("{{POSTHOG_HOST}}", settings.host())
                .replace("{{POSTHOG_PERSONAL_KEY}}", settings.personalApiKey());
        byte[] body = html.getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String loadTemplate(String resource) {
        try (InputStream in = PageHandler.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
