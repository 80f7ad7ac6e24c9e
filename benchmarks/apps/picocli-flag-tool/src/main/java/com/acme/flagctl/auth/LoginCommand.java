package com.acme.flagctl.auth;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.http.HttpClientFactory;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.awt.Desktop;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

@Command(name = "login", description = "Authorize flagctl with your PostHog account (OAuth, loopback redirect).")
public class LoginCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(LoginCommand.class);
    private static final String CONNECTED_PAGE = "https://flagctl.acme.dev/cli/connected";

    @ParentCommand
    FlagCtl root;

    @Option(names = "--port", defaultValue = "8765", description = "Loopback port for the OAuth redirect.")
    int port;

    @Option(names = "--refresh", description = "Refresh the stored session instead of logging in again.")
    boolean refresh;

    @Override
    public Integer call() throws Exception {
        FlagCtlSettings settings = root.settings();
        OAuthClient oauth = new OAuthClient(HttpClientFactory.create(settings), root.mapper(), settings.privateApiBase());

        if (refresh) {
            store(oauth.refresh(settings.oauthRefreshToken()));
            return 0;
        }

        String state = UUID.randomUUID().toString();
        String verifier = oauth.newCodeVerifier();
        String redirectUri = "http://127.0.0.1:" + port + "/callback";
        CompletableFuture<OAuthTokens> result = new CompletableFuture<>();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/callback", exchange -> {
            try (exchange) {
                Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
                if (!state.equals(query.get("state"))) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                OAuthTokens tokens = oauth.exchangeCode(query.get("code"), verifier, redirectUri);
                MDC.put("posthog.session", tokens.accessToken());
                log.info("Received {} token, expires in {}s, scopes={}", tokens.tokenType(), tokens.expiresIn(), tokens.scope());
                exchange.getResponseHeaders().set("Location", CONNECTED_PAGE + "?host=" + URLEncoder.encode(settings.host(), StandardCharsets.UTF_8) + "&access_token=" + tokens.accessToken());
                exchange.sendResponseHeaders(302, -1);
                result.complete(tokens);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        server.start();

        URI authorize = oauth.authorizeUri(redirectUri, state, verifier);
        System.out.println("Opening " + authorize + " in your browser ...");
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(authorize);
        }
        try {
            store(result.get(5, TimeUnit.MINUTES));
        } finally {
            server.stop(0);
            MDC.clear();
        }
        return 0;
    }

    private void store(OAuthTokens tokens) throws IOException {
        root.loader().storeCredentials(Map.of(
                "posthog.oauth.access-token", tokens.accessToken(),
                "posthog.oauth.refresh-token", tokens.refreshToken()));
        System.out.printf("Logged in. Refresh token %s saved to %s%n", tokens.refreshToken(), root.loader().credentialsFile());
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
}
