package com.tidewater.flagctl.cli;

import com.sun.net.httpserver.HttpServer;
import com.tidewater.flagctl.api.OAuthClient;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.ConfigLoader;
import com.tidewater.flagctl.model.OAuthTokens;
import com.tidewater.flagctl.util.KeyMasker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "login", description = "Log in with PostHog OAuth and store the tokens in ~/.flagctl/credentials.")
public class LoginCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LoginCommand.class.getName());
    private static final int CALLBACK_PORT = 8765;

    @Mixin
    GlobalOptions global;

    @Option(names = "--refresh", description = "Refresh the stored session instead of logging in again")
    boolean refresh;

    private final Path credentialsFile =
            Path.of(System.getProperty("user.home"), ".flagctl", "credentials");

    @Override
    public Integer call() throws Exception {
        CliConfig cfg = new ConfigLoader().load(global);
        OAuthClient oauth = new OAuthClient(cfg.host());

        OAuthTokens tokens;
        if (refresh) {
            Properties stored = readCredentials();
            String refreshToken = stored.getProperty("refresh_token");
            LOG.info("Refreshing OAuth session with refresh_token=" + refreshToken);
            tokens = oauth.refresh(refreshToken);
        } else {
            tokens = browserLogin(oauth);
        }

        LOG.fine("Token endpoint answered: " + tokens);
        writeCredentials(tokens);
        LOG.info("Stored credentials, fingerprint " + KeyMasker.hashForLog(tokens.refreshToken()));
        LOG.info("Access token expires in " + tokens.expiresIn() + "s (scope: " + tokens.scope() + ")");
        System.out.println("Logged in. Access token " + KeyMasker.mask(tokens.accessToken()) + " saved to " + credentialsFile);
        return 0;
    }

    private OAuthTokens browserLogin(OAuthClient oauth) throws Exception {
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = randomUrlSafe(16);
        String redirectUri = "http://127.0.0.1:" + CALLBACK_PORT + "/callback";

        CompletableFuture<String> code = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", CALLBACK_PORT), 0);
        server.createContext("/callback", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            byte[] page = "<html><body>flagctl: you can close this tab.</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(page);
            }
            if (query != null && query.contains("state=" + state)) {
                code.complete(query.replaceAll(".*code=([^&]+).*", "$1"));
            }
        });
        server.start();
        try {
            URI url = oauth.authorizeUrl(redirectUri, state, challenge);
            System.out.println("Opening " + url);
            if (java.awt.Desktop.isDesktopSupported()) {
                java.awt.Desktop.getDesktop().browse(url);
            }
            return oauth.exchangeCode(code.get(5, TimeUnit.MINUTES), redirectUri, verifier);
        } finally {
            server.stop(0);
        }
    }

    private Properties readCredentials() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(credentialsFile)) {
            p.load(r);
        }
        return p;
    }

    private void writeCredentials(OAuthTokens tokens) throws IOException {
        Files.createDirectories(credentialsFile.getParent());
        Properties p = new Properties();
        p.setProperty("access_token", tokens.accessToken());
        p.setProperty("refresh_token", tokens.refreshToken());
        try (Writer w = Files.newBufferedWriter(credentialsFile)) {
            p.store(w, "flagctl OAuth session");
        }
        Files.setPosixFilePermissions(credentialsFile, PosixFilePermissions.fromString("rw-------"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] buf = new byte[bytes];
        new SecureRandom().nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }
}
