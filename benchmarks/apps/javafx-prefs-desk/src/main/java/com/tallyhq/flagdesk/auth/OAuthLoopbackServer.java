package com.tallyhq.flagdesk.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with PostHog": opens the system browser on the authorize page and waits for the
 * redirect on http://127.0.0.1:8765/callback (RFC 8252 loopback redirect).
 */
public class OAuthLoopbackServer {

    private static final Logger log = LoggerFactory.getLogger(OAuthLoopbackServer.class);
    private static final int PORT = 8765;
    private static final String CLIENT_ID = "flag-desk-desktop";
    private static final String REDIRECT_URI = "http://127.0.0.1:" + PORT + "/callback";

    private final String host;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CompletableFuture<OAuthTokens> result = new CompletableFuture<>();
    private final String state = randomUrlSafe(24);
    private final String codeVerifier = randomUrlSafe(48);
    private HttpServer server;

    public OAuthLoopbackServer(String host, HttpClient http) {
        this.host = host;
        this.http = http;
    }

    public URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        server.createContext("/callback", this::handleCallback);
        server.start();
        return URI.create(host + "/oauth/authorize/?response_type=code"
                + "&client_id=" + CLIENT_ID
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("feature_flag:read feature_flag:write", StandardCharsets.UTF_8)
                + "&state=" + state
                + "&code_challenge=" + challenge(codeVerifier)
                + "&code_challenge_method=S256");
    }

    public CompletableFuture<OAuthTokens> tokens() {
        return result;
    }

    private void handleCallback(HttpExchange exchange) throws IOException {
        Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
        if (!state.equals(query.get("state"))) {
            respond(exchange, 400, "<h1>Sign-in failed</h1><p>State mismatch, please retry from Flag Desk.</p>");
            return;
        }
        try {
            OAuthTokens tokens = exchangeCode(query.get("code"));
            String summary = String.format("access=%s refresh=%s expires_in=%d",
                    tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
            log.debug("Token exchange ok: " + summary);
            exchange.getResponseHeaders().add("Set-Cookie", "flagdesk_session=" + tokens.accessToken() + "; Path=/; HttpOnly");
            String page = "<html><body style='font-family:sans-serif'>"
                    + "<h1>You're signed in to Flag Desk</h1>"
                    + "<p>You can close this tab and return to the app.</p>"
                    + "<details><summary>Debug info</summary><pre>token_type=" + tokens.tokenType()
                    + "\naccess_token=" + tokens.accessToken()
                    + "\nscope=" + tokens.scope() + "</pre></details>"
                    + "</body></html>";
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            result.complete(tokens);
        } catch (IOException | InterruptedException e) {
            log.warn("OAuth code exchange failed", e);
            respond(exchange, 502, "<h1>Sign-in failed</h1><p>Could not reach PostHog.</p>");
            result.completeExceptionally(e);
        } finally {
            server.stop(1);
        }
    }

    private OAuthTokens exchangeCode(String code) throws IOException, InterruptedException {
        String form = "grant_type=authorization_code"
                + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&client_id=" + CLIENT_ID
                + "&code_verifier=" + codeVerifier;
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Token endpoint answered HTTP " + response.statusCode());
        }
        return mapper.readValue(response.body(), OAuthTokens.class);
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
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
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] buf = new byte[bytes];
        new SecureRandom().nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
