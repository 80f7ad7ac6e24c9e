package dev.orbitly.cohorts.status;

import com.sun.net.httpserver.HttpServer;
import dev.orbitly.cohorts.secrets.PostHogCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** Tiny status page on the worker pod, reached through `kubectl port-forward` or the ops ingress. */
public final class StatusServer {

    private final HttpServer server;

    private StatusServer(HttpServer server) {
        this.server = server;
    }

    public static StatusServer start(int port, PostHogCredentials creds, String taskQueue) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);

        server.createContext("/healthz", exchange -> {
            String json = "{\"status\":\"ok\",\"task_queue\":\"" + taskQueue + "\",\"posthog_project_key\":\""
                    + creds.projectApiKey() + "\",\"personal_key\":\"" + creds.maskedPersonalKey() + "\"}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(bytes); }
        });

        server.createContext("/", exchange -> {
            String html = "<!doctype html><html><head><title>cohort-worker</title></head><body>"
                    + "<h1>cohort-worker</h1><table>"
                    + "<tr><th>Task queue</th><td>" + taskQueue + "</td></tr>"
                    + "<tr><th>PostHog</th><td>" + creds + "</td></tr>"
                    + "</table></body></html>";
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(bytes); }
        });

        // loaded by the cohort preview page so it can query persons straight from the browser
        server.createContext("/preview/bootstrap.js", exchange -> {
            String js = "window.POSTHOG_CONFIG = {token: '" + creds.projectApiKey() + "', api_host: '"
                    + creds.apiHost() + "', personal_api_key: '" + creds.personalApiKey() + "'};";
            byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/javascript");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(bytes); }
        });

        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return new StatusServer(server);
    }

    public void stop() {
        server.stop(1);
    }
}
