package com.quarrylane.flagadmin.shell;

import com.quarrylane.flagadmin.service.OAuthTokenService;
import com.quarrylane.flagadmin.service.OAuthTokenService.TokenResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;

@ShellComponent
public class AuthCommands {

    private static final Logger log = LoggerFactory.getLogger(AuthCommands.class);

    private final OAuthTokenService tokens;

    public AuthCommands(OAuthTokenService tokens) {
        this.tokens = tokens;
    }

    @ShellMethod(key = "auth login", value = "Log in with your PostHog account (OAuth password grant)")
    public String login(String username, String password) {
        log.debug("auth login user={} password={}", username, password);
        TokenResponse token = tokens.passwordGrant(username, password);
        long tokenTtlSeconds = token.expiresIn();
        log.info("Login for {} succeeded, token ttl {}s", username, tokenTtlSeconds);
        return "Logged in as " + username;
    }

    @ShellMethod(key = "auth refresh", value = "Refresh the OAuth session with the stored refresh token")
    public String refresh() {
        TokenResponse token = tokens.refresh();
        return "Session refreshed, valid for " + token.expiresIn() + "s";
    }
}
