package io.northwind.flags.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.northwind.flags.config.FlagClientConfig;
import io.northwind.flags.service.FlagService;
import io.northwind.flags.util.KeyMasker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Small local page for QA: shows which flags the client loaded and serves the PostHog JS snippet
 * for the preview build of the storefront.
 */
final class FlagPreviewServer {

    private static final Logger LOG = Logger.getLogger(FlagPreviewServer.class.getName());

    private final FlagClientConfig config;
    private final FlagService flags;
    private final ObjectMapper mapper;
    private HttpServer server;

    FlagPreviewServer(FlagClientConfig config, FlagService flags, ObjectMapper mapper) {
        this.config = config;
        this.flags = flags;
        this.mapper = mapper;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.previewPort()), 0);
        server.createContext("/flags.json", this::handleFlags);
        server.createContext("/snippet.js", this::handleSnippet);
        server.start();
        LOG.info("Flag preview listening on port " + config.previewPort());
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handleFlags(HttpExchange exchange) throws IOException {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        LOG.fine("GET /flags.json from " + exchange.getRemoteAddress() + " cookie=" + cookie);

        byte[] body = mapper.writeValueAsBytes(Map.of(
                "host", config.host().toString(),
                "localEvaluationKey", config.personalApiKey(),
                "flags", flags.definitions()));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Flags-Secure-Key", config.secureApiKey());
        exchange.getResponseHeaders().add("X-Local-Evaluation", String.valueOf(config.localEvaluationEnabled()));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void handleSnippet(HttpExchange exchange) throws IOException {
        String js = "posthog.init('" + config.projectApiKey() + "', {api_host: '" + config.host() + "'});\n"
                + "window.__flagsKeyHint = '" + KeyMasker.mask(config.secureApiKey()) + "';\n";
        byte[] body = js.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/javascript");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
