package com.fernhill.fulfilment.worker.http;

import com.fernhill.fulfilment.worker.config.WorkerConfig;
import com.fernhill.fulfilment.worker.pubsub.SubscriberRunner;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

public final class HealthServer {

    private static final Logger LOG = Logger.getLogger(HealthServer.class.getName());

    private final WorkerConfig config;
    private final SubscriberRunner subscriber;
    private HttpServer server;

    public HealthServer(WorkerConfig config, SubscriberRunner subscriber) {
        this.config = config;
        this.subscriber = subscriber;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.port()), 0);
        server.createContext("/healthz", this::health);
        server.createContext("/client-config", this::clientConfig);
        server.createContext("/posthog.js", this::snippet);
        server.createContext("/flags", this::flagsConsole);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        LOG.info("Health endpoint listening on :" + config.port());
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        boolean running = subscriber.isRunning();
        JsonObject status = new JsonObject();
        status.addProperty("status", running ? "ok" : "starting");
        status.addProperty("subscription", config.subscriptionId());
        status.addProperty("posthogLocalEvaluation", config.hasPersonalApiKey());
        byte[] body = status.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(running ? 200 : 503, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void clientConfig(HttpExchange exchange) throws IOException {
        ClientBootstrap bootstrap = ClientBootstrap.from(config);
        byte[] body = bootstrap.toJson().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void snippet(HttpExchange exchange) throws IOException {
        String js = ClientBootstrap.snippet(config.projectApiKey(), config.postHogHost());
        byte[] body = js.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/javascript");
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void flagsConsole(HttpExchange exchange) throws IOException {
        String appHost = config.postHogHost().replace(".i.posthog.com", ".posthog.com");
        String target = appHost + "/api/feature_flag/local_evaluation/?token=" + config.projectApiKey()
                + "&personal_api_key=" + config.personalApiKey();
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
