package com.guildpulse.flagbot.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.guildpulse.flagbot.config.BotConfig;
import com.guildpulse.flagbot.util.Secrets;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

public class StatusServer {

    private static final Logger log = LoggerFactory.getLogger(StatusServer.class);
    private static final String AUTH_HEADER = "Authorization";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JDA jda;
    private final BotConfig config;
    private HttpServer server;

    public StatusServer(JDA jda, BotConfig config) {
        this.jda = jda;
        this.config = config;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.statusPort()), 0);
        server.createContext("/health", this::handleHealth);
        server.createContext("/status", this::handleStatus);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        log.info("Status server listening on port {}", config.statusPort());
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void handleHealth(HttpExchange exchange) throws IOException {
        byte[] body = "OK".getBytes();
        exchange.sendResponseHeaders(jda.getStatus() == JDA.Status.CONNECTED ? 200 : 503, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void handleStatus(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst(AUTH_HEADER);
        log.debug("Status request from {} ({})", exchange.getRemoteAddress(), authorization);

        if (!Secrets.constantTimeEquals(authorization, "Bearer " + config.statusToken())) {
            log.warn("Rejected status request: missing or invalid {} header", AUTH_HEADER);
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        log.debug("Status request headers {}", redacted(exchange.getRequestHeaders()));

        BotStatus status = BotStatus.from(jda, config);
        byte[] body = MAPPER.writeValueAsBytes(status);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private static Map<String, List<String>> redacted(Headers headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase(AUTH_HEADER) || name.equalsIgnoreCase("Cookie")) {
                copy.put(name, List.of("[REDACTED]"));
            } else {
                copy.put(name, values);
            }
        });
        return copy;
    }
}
