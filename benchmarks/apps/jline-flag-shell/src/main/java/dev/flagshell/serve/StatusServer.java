package dev.flagshell.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.flagshell.model.FlagSnapshot;
import dev.flagshell.model.ProjectSession;

public final class StatusServer {

    private static final System.Logger LOG = System.getLogger(StatusServer.class.getName());

    private final HttpServer server;
    private final String appHost;
    private final Supplier<ProjectSession> session;
    private final Supplier<FlagSnapshot> snapshot;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public StatusServer(int port, String appHost, Supplier<ProjectSession> session,
                        Supplier<FlagSnapshot> snapshot) throws IOException {
        this.appHost = appHost;
        this.session = session;
        this.snapshot = snapshot;
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.createContext("/flags.json", this::flags);
        this.server.createContext("/health", this::health);
        this.server.createContext("/open", this::open);
    }

    public void start() {
        server.start();
        LOG.log(Level.INFO, "Status server listening on {0}", server.getAddress());
    }

    public void stop() {
        server.stop(1);
    }

    private void flags(HttpExchange exchange) throws IOException {
        FlagSnapshot current = snapshot.get();
        if (current == null) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        byte[] json = mapper.writeValueAsBytes(current);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(json);
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        ProjectSession current = session.get();
        Map<String, Object> status = Map.of(
                "sessionId", current.sessionId(),
                "projectId", current.projectId(),
                "apiKey", current.projectKey(),
                "personalKeyConfigured", current.personalKey() != null);
        byte[] json = mapper.writeValueAsBytes(status);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(json);
        }
    }

    private void open(HttpExchange exchange) throws IOException {
        ProjectSession current = session.get();
        String target = appHost + "/project/" + current.projectId()
                + "/feature_flags?personal_api_key=" + current.personalKey();
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }
}
