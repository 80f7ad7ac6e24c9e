package com.northwind.flagrelay.status;

import com.northwind.flagrelay.config.DaemonConfig;
import com.northwind.flagrelay.util.Secrets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /debug/config}: the effective configuration as {@code key=value} lines, for support.
 */
class DiagnosticsHandler implements HttpHandler {

    private final DaemonConfig config;

    DiagnosticsHandler(DaemonConfig config) {
        this.config = config;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append("posthog.host=").append(config.posthogHost()).append('\n');
        out.append("posthog.app-host=").append(config.appHost()).append('\n');
        out.append("posthog.project-id=").append(config.projectId()).append('\n');
        out.append("posthog.api.key=").append(config.projectApiKey()).append('\n');
        out.append("posthog.personal-api-key=").append(Secrets.mask(config.personalApiKey())).append('\n');
        out.append("posthog.feature-flags-secure-api-key=").append(config.secureApiKey()).append('\n');
        out.append("posthog.poll-interval-seconds=").append(config.pollIntervalSeconds()).append('\n');
        out.append("posthog.sdk-debug=").append(config.sdkDebug()).append('\n');
        out.append("status.admin-token=").append(config.statusAdminToken() == null ? "<unset>" : "********").append('\n');
        out.append("slack.channel=").append(config.slackChannel()).append('\n');

        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }
}
