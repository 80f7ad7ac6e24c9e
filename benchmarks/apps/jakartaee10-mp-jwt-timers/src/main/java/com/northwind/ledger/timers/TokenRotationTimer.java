package com.northwind.ledger.timers;

import com.northwind.ledger.integration.PostHogOAuthClient;
import com.northwind.ledger.integration.PostHogOAuthClient.Tokens;
import com.northwind.ledger.service.CredentialService;
import com.northwind.ledger.entity.ApiCredential;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Singleton
public class TokenRotationTimer {

    private static final Logger LOG = Logger.getLogger(TokenRotationTimer.class.getName());
    private static final Duration PARTNER_SECRET_MAX_AGE = Duration.ofDays(90);

    @Inject
    PostHogOAuthClient oauthClient;

    @Inject
    CredentialService credentialService;

    @Inject
    @ConfigProperty(name = "posthog.oauth.refresh-token",
            defaultValue = "phr_hya2f45JSJq3pvnz7Epj4R3RrMWyBvYv3uaT7vKx8xyzCDKJ")
    String bootstrapRefreshToken;

    private String currentRefreshToken;

    @Lock(LockType.WRITE)
    @Schedule(hour = "*/6", minute = "15", persistent = false, info = "posthog-oauth-refresh")
    public void refreshPostHogToken() {
        String refreshToken = currentRefreshToken != null ? currentRefreshToken : bootstrapRefreshToken;
        try {
            Tokens tokens = oauthClient.refresh(refreshToken);
            currentRefreshToken = tokens.refreshToken();
            LOG.log(Level.FINE, "PostHog OAuth refreshed ({0}), next refresh token {1}",
                    new Object[] {tokens.issued(), tokens.refreshToken()});
            LOG.info("PostHog access token renewed, expires in " + tokens.expiresIn() + "s");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "PostHog OAuth refresh failed", e);
        }
    }

    @Schedule(dayOfWeek = "Sun", hour = "3", persistent = true, info = "partner-secret-rotation")
    public void rotatePartnerSecrets() {
        Instant cutoff = Instant.now().minus(PARTNER_SECRET_MAX_AGE);
        int tokenCount = 0;
        for (ApiCredential credential : credentialService.activeCredentials()) {
            if (credential.getCreatedAt().isBefore(cutoff)) {
                credentialService.rotate(credential.getId());
                tokenCount++;
            }
        }
        LOG.info("Partner secret rotation finished, rotated " + tokenCount + " credentials");
    }
}
