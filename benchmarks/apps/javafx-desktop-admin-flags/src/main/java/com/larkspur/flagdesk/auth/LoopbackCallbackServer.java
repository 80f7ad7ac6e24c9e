package com.larkspur.flagdesk.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny HTTP server on 127.0.0.1 that receives the OAuth redirect from the system browser.
 */
public final class LoopbackCallbackServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoopbackCallbackServer.class);

    private final HttpServer server;
    private final SessionManager sessions;
    private final String expectedState;
    private final CompletableFuture<OAuthTokens> result = new CompletableFuture<>();

    public LoopbackCallbackServer(int port, SessionManager sessions, String expectedState) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.sessions = sessions;
        this.expectedState = expectedState;
        server.createContext("/callback", this::handle);
    }

    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    public CompletableFuture<OAuthTokens> start() {
        server.start();
        log.info("Waiting for OAuth redirect on {}", redirectUri());
        return result;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
        if (!expectedState.equals(query.get("state"))) {
            respond(exchange, 400, "<html><body><h2>State mismatch, please retry from FlagDesk.</h2></body></html>");
            return;
        }
        try {
            OAuthTokens tokens = sessions.exchangeCode(query.get("code"), redirectUri());
            String html = "<html><body><h2>FlagDesk is signed in</h2>"
                    + "<p>You can close this tab.</p>"
                    + "<pre id=\"token\">" + tokens.accessToken() + "</pre></body></html>";
            byte[] page = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
            result.complete(tokens);
        } catch (RuntimeException e) {
            respond(exchange, 502, "<html><body><h2>Sign-in failed</h2></body></html>");
            result.completeExceptionally(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
