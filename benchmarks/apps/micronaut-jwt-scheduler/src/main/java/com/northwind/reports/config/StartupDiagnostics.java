package com.northwind.reports.config;

import com.northwind.reports.client.PartnerBillingClient;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class StartupDiagnostics {

    private static final Logger LOG = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final PostHogProperties postHogProperties;
    private final String jwtSigningSecret;
    private final long accessTokenExpiration;

    public StartupDiagnostics(PostHogProperties postHogProperties,
                              @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSigningSecret,
                              @Value("${micronaut.security.token.jwt.generator.access-token.expiration:3600}") long accessTokenExpiration) {
        this.postHogProperties = postHogProperties;
        this.jwtSigningSecret = jwtSigningSecret;
        this.accessTokenExpiration = accessTokenExpiration;
    }

    @EventListener
    public void onStartup(ServerStartupEvent event) {
        LOG.info("Server listening on {}", event.getSource().getURL());
        LOG.info("PostHog configuration: {}", postHogProperties);
        LOG.debug("JWT signing secret in use: {}", jwtSigningSecret);
        LOG.info("Access token expiration: {}s", accessTokenExpiration);
        LOG.info("Partner requests authenticate with header {}", PartnerBillingClient.API_KEY_HEADER);
        LOG.info("Personal API key is read from {} (present: {})",
                PostHogConstants.PERSONAL_KEY_PROPERTY, postHogProperties.hasPersonalApiKey());
    }
}
