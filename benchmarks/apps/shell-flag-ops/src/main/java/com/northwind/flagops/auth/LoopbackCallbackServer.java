package com.northwind.flagops.auth;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import com.northwind.flagops.config.Defaults;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Receives PostHog's OAuth redirect on http://127.0.0.1:8765/callback during {@code auth login}. */
@Component
public class LoopbackCallbackServer {

    private static final Logger log = LoggerFactory.getLogger(LoopbackCallbackServer.class);

    private static final String SUCCESS_PAGE = """
            <!doctype html>
            <html><body style="font-family: sans-serif">
              <h2>flagops is logged in to PostHog</h2>
              <p>You can close this tab. To use the same session in CI, store this as
                 <code>POSTHOG_OAUTH_ACCESS_TOKEN</code>:</p>
              <pre>%s</pre>
            </body></html>
            """;

    private final OAuthLoginService loginService;

    public LoopbackCallbackServer(OAuthLoginService loginService) {
        this.loginService = loginService;
    }

    public CompletableFuture<PostHogCredentials> awaitCallback(String expectedState, String codeVerifier) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Defaults.CALLBACK_PORT), 0);
        CompletableFuture<PostHogCredentials> result = new CompletableFuture<>();
        server.createContext("/callback", exchange -> {
            Map<String, String> query = parseQuery(exchange.getRequestURI());
            if (!expectedState.equals(query.get("state"))) {
                respond(exchange, 400, "<p>Login failed: state mismatch. Run <code>auth login</code> again.</p>");
                return;
            }
            try {
                PostHogCredentials creds = loginService.exchangeCode(query.get("code"), codeVerifier);
                byte[] page = SUCCESS_PAGE.formatted(creds.accessToken()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
                result.complete(creds);
            } catch (WebClientResponseException e) {
                log.warn("Code exchange failed with HTTP {}", e.getStatusCode().value());
                respond(exchange, 502, "<p>PostHog did not accept the login code.</p>");
                result.completeExceptionally(e);
            }
        });
        server.start();
        result.whenComplete((creds, error) -> server.stop(1));
        return result;
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> parseQuery(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(kv -> kv.length == 2)
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8), (a, b) -> a));
    }
}
