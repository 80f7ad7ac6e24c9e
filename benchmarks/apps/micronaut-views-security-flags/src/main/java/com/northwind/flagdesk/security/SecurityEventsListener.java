package com.northwind.flagdesk.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import io.micronaut.security.token.event.AccessTokenGeneratedEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class SecurityEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventsListener.class);

    private final String jwtSignatureSecret;

    public SecurityEventsListener(
            @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSignatureSecret) {
        this.jwtSignatureSecret = jwtSignatureSecret;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.debug("JWT cookie signing configured with secret {}", jwtSignatureSecret);
    }

    @EventListener
    void onLoginSuccess(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            LOG.info("Console login by {} with roles {}", authentication.getName(), authentication.getRoles());
        }
    }

    @EventListener
    void onLoginFailed(LoginFailedEvent event) {
        LOG.warn("Console login failed");
    }

    @EventListener
    void onAccessTokenGenerated(AccessTokenGeneratedEvent event) {
        LOG.debug("Issued JWT access token {}", event.getSource());
    }
}
