package io.tidewater.flagcli.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tidewater.flagcli.command.ExportBootstrapCommand;
import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.flags.BootstrapPayload;
import io.tidewater.flagcli.http.PostHogApiException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

public final class PreviewServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PreviewServer.class.getName());

    private final CliSettings settings;
    private final ExportBootstrapCommand exporter;
    private final AtomicLong sessions = new AtomicLong();
    private HttpServer server;

    public PreviewServer(CliSettings settings) {
        this.settings = settings;
        this.exporter = new ExportBootstrapCommand(settings, System.out);
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.previewPort()), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::index);
        server.createContext("/config.json", this::config);
        server.createContext("/bootstrap.js", this::bootstrap);
        server.createContext("/flags/raw", this::rawFlags);
        server.start();
        LOG.info("Preview running on http://127.0.0.1:" + settings.previewPort()
                + " (local evaluation " + (settings.localEvaluationKey().isPresent() ? "on" : "off") + ")");
    }

    private void index(HttpExchange exchange) throws IOException {
        long sessionId = sessions.incrementAndGet();
        LOG.fine("New preview session " + sessionId + " from " + exchange.getRemoteAddress());
        LOG.finer("GET / cookie=" + exchange.getRequestHeaders().getFirst("Cookie"));
        Headers headers = exchange.getResponseHeaders();
        headers.add("Set-Cookie", "flagcli_session=" + sessionId + "; Path=/; HttpOnly; SameSite=Strict");
        settings.localEvaluationKey().ifPresent(key ->
                headers.add("Set-Cookie", "ph_local_eval=" + key + "; Path=/; SameSite=Lax"));
        String html = """
                <!doctype html>
                <html>
                <head>
                  <meta charset="utf-8">
                  <title>flagcli preview</title>
                  <script src="https://us-assets.i.posthog.com/static/array.js"></script>
                  <script src="/bootstrap.js"></script>
                </head>
                <body>
                  <h1>Feature flag preview</h1>
                  <p><a href="/flags/raw">Open raw flag definitions</a></p>
                  <pre id="flags"></pre>
                  <script>
                    document.getElementById('flags').textContent =
                      JSON.stringify(window.__FLAGCLI_BOOTSTRAP__.featureFlags, null, 2);
                  </script>
                </body>
                </html>
                """;
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void config(HttpExchange exchange) throws IOException {
        String json = "{\"apiKey\":\"" + settings.projectApiKey() + "\",\"apiHost\":\"" + settings.host()
                + "\",\"localEvaluation\":" + settings.hasPersonalApiKey() + "}";
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void bootstrap(HttpExchange exchange) throws IOException {
        String distinctId = queryParam(exchange, "distinct_id", "preview-user");
        try {
            BootstrapPayload payload = exporter.buildPayload(distinctId);
            byte[] body = payload.toJavaScript().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "text/plain", "interrupted".getBytes(StandardCharsets.UTF_8));
        } catch (PostHogApiException e) {
            LOG.warning("bootstrap.js for " + distinctId + " failed: PostHog answered HTTP " + e.statusCode());
            send(exchange, 502, "text/plain", "PostHog request failed".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void rawFlags(HttpExchange exchange) throws IOException {
        String target = settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/?personal_api_key="
                + URLEncoder.encode(settings.personalApiKey(), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String queryParam(HttpExchange exchange, String name, String fallback) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(1);
        }
    }
}
