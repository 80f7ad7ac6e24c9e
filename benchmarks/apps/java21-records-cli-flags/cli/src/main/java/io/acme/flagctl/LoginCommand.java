package io.acme.flagctl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.OAuthTokens;
import io.acme.posthog.admin.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.awt.Desktop;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

@Command(name = "login", description = "Sign in with PostHog OAuth and store tokens in ~/.config/flagctl.")
final class LoginCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(LoginCommand.class);

    enum TokenKind { ACCESS, REFRESH }

    @Mixin
    GlobalOptions global;

    @Option(names = "--port", defaultValue = "8765", description = "Loopback port for the OAuth redirect (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--scope", defaultValue = "feature_flag:read feature_flag:write")
    String scope;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Override
    public Integer call() throws Exception {
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);

        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        URI redirect = URI.create("http://127.0.0.1:" + port + "/callback");
        URI authorize = config.apiHost().resolve("/oauth/authorize/?response_type=code"
                + "&client_id=" + Defaults.OAUTH_CLIENT_ID
                + "&redirect_uri=" + URLEncoder.encode(redirect.toString(), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                + "&state=" + state
                + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256");

        CompletableFuture<String> code = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/callback", exchange -> onCallback(exchange, state, code));
        server.start();
        try {
            System.out.println("Opening " + authorize);
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(authorize);
            }
            String authCode = code.get(5, TimeUnit.MINUTES);

            try (var client = new PostHogAdminClient(config, loader.httpClient(global, config))) {
                OAuthTokens tokens = client.exchangeAuthorizationCode(Defaults.OAUTH_CLIENT_ID, authCode, verifier, redirect);
                log.debug("Token response: {}", tokens);
                Path file = save(tokens);
                log.info("Saved refresh token {} to {}", tokens.refreshToken(), file);
                log.info("{} token valid for {}s, scope '{}'", TokenKind.ACCESS, tokens.expiresIn(), tokens.scope());
            }
            System.out.println("Signed in.");
            return 0;
        } finally {
            server.stop(0);
        }
    }

    private static void onCallback(HttpExchange exchange, String expectedState, CompletableFuture<String> code) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String received = param(query, "code");
        boolean stateOk = expectedState.equals(param(query, "state"));
        String page = stateOk && received != null
                ? "<h1>flagctl is signed in</h1><p>You can close this tab.</p>"
                : "<h1>Sign-in failed</h1><p>State mismatch or missing code. Run <code>flagctl login</code> again.</p>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(stateOk ? 200 : 400, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
        if (stateOk && received != null) {
            code.complete(received);
        } else {
            code.completeExceptionally(new IllegalStateException("OAuth callback failed state check"));
        }
    }

    private Path save(OAuthTokens tokens) throws IOException {
        Path dir = Path.of(System.getProperty("user.home"), ".config", "flagctl");
        Files.createDirectories(dir);
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, mapper.writeValueAsString(tokens));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            log.debug("POSIX permissions not supported; left default ACL on {}", file);
        }
        return file;
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] buf = new byte[bytes];
        new SecureRandom().nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
