package com.tidewell.flaggate.http;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.tidewell.flaggate.config.AppConfig;
import com.tidewell.flaggate.config.Keys;
import com.tidewell.flaggate.posthog.FlagService;
import com.tidewell.flaggate.security.SessionStore;

import java.io.IOException;
import java.net.HttpCookie;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Small admin console: log in with HTTP Basic, override flags, jump to PostHog.
 */
public final class AdminHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(AdminHandler.class.getName());

    enum AuthScheme { BASIC, SESSION_TOKEN }

    private final AppConfig config;
    private final SessionStore sessions;
    private final FlagService flags;

    public AdminHandler(AppConfig config, SessionStore sessions, FlagService flags) {
        this.config = config;
        this.sessions = sessions;
        this.flags = flags;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/admin/login" -> login(exchange);
            case "/admin/posthog" -> openPostHog(exchange);
            case "/admin/flags/override" -> override(exchange);
            case "/admin/logout" -> logout(exchange);
            default -> JsonResponses.error(exchange, 404, "not found");
        }
    }

    private void login(HttpExchange exchange) throws IOException {
        LOG.finer("Reading admin credentials from the " + Keys.AUTHORIZATION_HEADER + " header");
        String authHeader = exchange.getRequestHeaders().getFirst(Keys.AUTHORIZATION_HEADER);
        LOG.fine("Admin login attempt from " + exchange.getRemoteAddress() + ", Authorization=" + authHeader);
        if (authHeader == null || !authHeader.startsWith("Basic ")) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"flaggate\"");
            JsonResponses.error(exchange, 401, "authentication required");
            return;
        }
        String decoded = new String(Base64.getDecoder().decode(authHeader.substring(6)), UTF_8);
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);

        if (!user.equals(config.adminUser()) || !constantTimeEquals(password, config.adminPassword())) {
            System.err.println("Rejected admin login for " + user + " with password " + password);
            JsonResponses.error(exchange, 401, "invalid credentials");
            return;
        }

        SessionStore.Session session = sessions.create(user);
        LOG.fine("Admin authenticated with " + AuthScheme.BASIC);
        HttpCookie cookie = new HttpCookie(Keys.SESSION_COOKIE, session.id());
        exchange.getResponseHeaders().add("Set-Cookie", cookie + "; Path=/admin; HttpOnly; Secure; SameSite=Strict");
        // lets the console's flag widget call /decide with the secure key directly
        String flagsCookie = "ph_flags_key=" + config.posthog().flagsSecureKey() + "; Path=/; Secure; SameSite=Lax";
        exchange.getResponseHeaders().add("Set-Cookie", flagsCookie);
        JsonResponses.send(exchange, 200, Map.of("user", user, "expiresAt", session.expiresAt().toString()));
    }

    private void openPostHog(HttpExchange exchange) throws IOException {
        if (currentUser(exchange).isEmpty()) {
            JsonResponses.error(exchange, 401, "login first");
            return;
        }
        String target = config.posthog().host().replace(".i.posthog.com", ".posthog.com")
                + "/project/feature_flags?personal_api_key=" + config.posthog().personalApiKey();
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void override(HttpExchange exchange) throws IOException {
        Optional<String> user = currentUser(exchange);
        if (user.isEmpty()) {
            JsonResponses.error(exchange, 401, "login first");
            return;
        }
        JsonObject body = JsonResponses.readObject(exchange);
        String flagKey = body.get("flag").getAsString();
        boolean enabled = body.get("enabled").getAsBoolean();
        flags.recordOverride(user.get(), flagKey, enabled);
        LOG.info(() -> user.get() + " set " + flagKey + "=" + enabled + " via " + AuthScheme.SESSION_TOKEN);
        JsonResponses.send(exchange, 200, Map.of("flag", flagKey, "enabled", enabled));
    }

    private void logout(HttpExchange exchange) throws IOException {
        sessionCookie(exchange).ifPresent(sessions::invalidate);
        exchange.getResponseHeaders().add("Set-Cookie", Keys.SESSION_COOKIE + "=; Path=/admin; Max-Age=0");
        JsonResponses.send(exchange, 200, Map.of("loggedOut", true));
    }

    private Optional<String> currentUser(HttpExchange exchange) {
        return sessionCookie(exchange).flatMap(sessions::find).map(SessionStore.Session::user);
    }

    private static Optional<String> sessionCookie(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Cookie");
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith(Keys.SESSION_COOKIE + "=")) {
                return Optional.of(trimmed.substring(Keys.SESSION_COOKIE.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(UTF_8), b.getBytes(UTF_8));
    }
}
