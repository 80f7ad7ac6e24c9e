package com.northwind.flagops.commands;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.command.annotation.Command;

import com.northwind.flagops.auth.LoopbackCallbackServer;
import com.northwind.flagops.auth.OAuthLoginService;
import com.northwind.flagops.auth.PostHogCredentials;
import com.northwind.flagops.auth.TokenExchangeException;
import com.northwind.flagops.auth.TokenStore;
import com.northwind.flagops.client.PostHogApiClient;
import com.northwind.flagops.client.PostHogApiClient.PersonalKeyInfo;
import com.northwind.flagops.config.PostHogProperties;
import com.northwind.flagops.support.KeyMasker;

@Command(command = "auth", group = "Authentication")
public class AuthCommands {

    private static final Logger log = LoggerFactory.getLogger(AuthCommands.class);
    private static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(3);

    private final OAuthLoginService loginService;
    private final LoopbackCallbackServer callbackServer;
    private final TokenStore tokenStore;
    private final PostHogApiClient api;
    private final PostHogProperties props;
    private final Terminal terminal;

    public AuthCommands(OAuthLoginService loginService, LoopbackCallbackServer callbackServer, TokenStore tokenStore,
            PostHogApiClient api, PostHogProperties props, Terminal terminal) {
        this.loginService = loginService;
        this.callbackServer = callbackServer;
        this.tokenStore = tokenStore;
        this.api = api;
        this.props = props;
        this.terminal = terminal;
    }

    @Command(command = "login", description = "Log in to PostHog in the browser (OAuth)")
    public String login() throws Exception {
        String state = randomUrlSafe(16);
        String verifier = randomUrlSafe(48);
        var pending = callbackServer.awaitCallback(state, verifier);
        Desktop.getDesktop().browse(loginService.authorizeUrl(state, challenge(verifier)));
        terminal.writer().println("Waiting for the browser to finish the login...");
        terminal.flush();
        PostHogCredentials creds = pending.get(LOGIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        tokenStore.save(creds);
        return "Logged in, credentials saved to " + tokenStore.location();
    }

    @Command(command = "refresh", description = "Refresh the stored OAuth access token")
    public String refresh() {
        Optional<PostHogCredentials> stored = tokenStore.loadOAuth();
        if (stored.isEmpty()) {
            return "Not logged in. Run `auth login` first.";
        }
        try {
            tokenStore.save(loginService.refresh(stored.get()));
            return "Access token refreshed.";
        } catch (TokenExchangeException e) {
            log.error("Token refresh failed", e);
            return "Refresh failed, run `auth login` again.";
        }
    }

    @Command(command = "status", description = "Show which PostHog credentials flagops will use")
    public void status() {
        Optional<PostHogCredentials> oauth = tokenStore.loadOAuth();
        AttributedStringBuilder out = new AttributedStringBuilder()
                .style(AttributedStyle.BOLD).append("PostHog host     : ").style(AttributedStyle.DEFAULT)
                .append(props.host()).append('\n')
                .style(AttributedStyle.BOLD).append("Personal API key : ").style(AttributedStyle.DEFAULT)
                .append(KeyMasker.mask(props.personalApiKey())).append('\n')
                .style(AttributedStyle.BOLD).append("OAuth session    : ").style(AttributedStyle.DEFAULT)
                .append(oauth.map(c -> c.expiresWithin(0) ? "expired" : "valid until " + c.expiresAt()).orElse("none"));
        terminal.writer().println(out.toAnsi(terminal));
        terminal.flush();
        log.debug("personal key present={}, oauth session present={}", props.hasPersonalApiKey(), oauth.isPresent());
    }

    @Command(command = "whoami", description = "Show the personal API key PostHog sees")
    public String whoami() {
        PersonalKeyInfo info = api.currentKeyInfo();
        log.info("PostHog identified the caller as {}", info);
        return "%s (%s), scopes: %s".formatted(info.label(), info.maskValue(), String.join(", ", info.scopes()));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] buf = new byte[bytes];
        new SecureRandom().nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
