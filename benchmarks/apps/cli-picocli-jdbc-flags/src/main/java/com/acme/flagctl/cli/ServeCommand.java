package com.acme.flagctl.cli;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Defaults;
import com.acme.flagctl.db.FlagRepository;
import com.acme.flagctl.flags.FlagDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * Local preview server for front-end developers: serves a PostHog bootstrap payload evaluated
 * for a given distinct id, so the web app can be started with flags pre-set.
 */
@Command(name = "serve", description = "Serve flag bootstrap data on localhost for front-end development.")
public class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

    @ParentCommand
    FlagCtl parent;

    @Option(names = "--port", defaultValue = "" + Defaults.SERVE_PORT, description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String bindAddress;

    public record BootstrapPayload(String projectApiKey, String apiHost, String distinctId, Map<String, Object> featureFlags) {
    }

    @Override
    public Integer call() throws Exception {
        parent.applyVerbosity();
        CliConfig config = parent.config();
        ObjectMapper mapper = parent.mapper();

        PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
                .host(Defaults.INGEST_HOST)
                .personalApiKey(config.secureApiKey())
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(sdkConfig);

        HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));

        server.createContext("/bootstrap.json", exchange -> {
            String distinctId = queryParam(exchange, "distinct_id", "local-dev");
            Map<String, Object> flags = new LinkedHashMap<>();
            try (FlagRepository cache = parent.openCache()) {
                for (FlagDefinition flag : cache.findAll(true)) {
                    flags.put(flag.key(), posthog.getFeatureFlag(distinctId, flag.key()));
                }
            } catch (Exception e) {
                LOG.warning("Cannot read flag cache: " + e.getMessage());
            }
            BootstrapPayload payload = new BootstrapPayload(config.projectApiKey(), Defaults.INGEST_HOST, distinctId, flags);
            byte[] bytes = mapper.writeValueAsBytes(payload);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });

        server.createContext("/__flagctl/config", exchange -> {
            byte[] bytes = mapper.writeValueAsBytes(config.diagnostics());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });

        server.createContext("/open", exchange -> {
            String flagKey = queryParam(exchange, "key", "");
            String target = config.host() + "/api/projects/" + config.projectId() + "/feature_flags/?search="
                    + URLEncoder.encode(flagKey, StandardCharsets.UTF_8)
                    + "&personal_api_key=" + config.personalApiKey();
            exchange.getResponseHeaders().set("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        server.start();
        System.out.printf("Serving bootstrap data on http://%s:%d/bootstrap.json (Ctrl+C to stop)%n", bindAddress, port);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(1);
            posthog.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static String queryParam(HttpExchange exchange, String name, String fallback) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }
}
