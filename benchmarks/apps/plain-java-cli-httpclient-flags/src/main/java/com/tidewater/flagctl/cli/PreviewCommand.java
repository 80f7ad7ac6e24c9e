package com.tidewater.flagctl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tidewater.flagctl.api.PostHogApiClient;
import com.tidewater.flagctl.api.RequestTracer;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Small local web dashboard (src/main/resources/preview) that shows the flags of the project and
 * lets product people try rollouts in the browser. Teammates on the VPN open http://host:7788/.
 */
@Command(name = "preview", description = "Serve a flag preview dashboard on the local network.")
public class PreviewCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(PreviewCommand.class.getName());

    @Mixin
    GlobalOptions global;

    @Option(names = "--port", defaultValue = "7788")
    int port;

    @Option(names = "--bind", defaultValue = "0.0.0.0")
    String bindAddress;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        CliConfig cfg = new ConfigLoader().load(global);
        PostHogApiClient api = new PostHogApiClient(cfg, new RequestTracer(global.verbose(), false));

        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        server.createContext("/", exchange -> serveIndex(exchange, cfg));
        server.createContext("/api/config", exchange -> serveConfig(exchange, cfg));
        server.createContext("/api/flags", exchange -> {
            try {
                sendJson(exchange, mapper.writeValueAsBytes(api.listFlags()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
            }
        });
        server.start();
        LOG.info("Preview dashboard listening on http://" + bindAddress + ":" + port + "/");
        Thread.currentThread().join();
        return 0;
    }

    private void serveIndex(HttpExchange exchange, CliConfig cfg) throws IOException {
        String template;
        try (InputStream in = PreviewCommand.class.getResourceAsStream("/preview/index.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String html = template
                .replace("{{POSTHOG_HOST}}", cfg.host())
                .replace("{{PROJECT_API_KEY}}", cfg.projectApiKey())
                .replace("{{PERSONAL_API_KEY}}", cfg.personalApiKey());
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Set-Cookie", "ph_personal_key=" + cfg.personalApiKey() + "; Path=/; SameSite=Lax");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void serveConfig(HttpExchange exchange, CliConfig cfg) throws IOException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", cfg.host());
        view.put("projectId", cfg.projectId());
        view.put("projectApiKey", cfg.projectApiKey());
        view.put("flagsSecureKey", cfg.featureFlagsSecureKey());
        byte[] json = mapper.writeValueAsBytes(view);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(json);
        }
    }

    private static void sendJson(HttpExchange exchange, byte[] json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(json);
        }
    }
}
