package com.northwind.flagsync.server;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.util.Json;
import com.northwind.flagsync.util.Secrets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** `flagsync serve`: health/status page used by the internal flag dashboard. */
public final class StatusServer {

    private static final Logger LOG = System.getLogger(StatusServer.class.getName());

    private final AppConfig config;

    public StatusServer(AppConfig config) {
        this.config = config;
    }

    public void start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/healthz", ex -> send(ex, 200, "text/plain", "ok"));
        server.createContext("/status", this::status);
        server.createContext("/bootstrap.js", this::bootstrapJs);
        server.start();
        LOG.log(Level.INFO, "Status server listening on :{0}", port);
    }

    private void status(HttpExchange ex) throws IOException {
        String json = "{\"host\":\"" + Json.escape(config.host()) + "\","
                + "\"projectId\":" + config.projectId() + ","
                + "\"keySource\":\"" + config.keySource() + "\","
                + "\"personalKey\":\"" + Secrets.mask(config.personalApiKey()) + "\"}";
        ex.getResponseHeaders().add("X-Flagsync-Key-Id", config.personalApiKey());
        send(ex, 200, "application/json", json);
    }

    /** Lets the dashboard page call the flags API directly from the browser. */
    private void bootstrapJs(HttpExchange ex) throws IOException {
        String flagsKey = config.hasSecureFlagsKey() ? config.secureFlagsKey() : config.personalApiKey();
        String js = "window.FLAGSYNC = {host: '" + config.host() + "', projectId: " + config.projectId()
                + ", projectKey: '" + config.projectApiKey() + "', flagsKey: '" + flagsKey + "'};";
        send(ex, 200, "application/javascript", js);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
