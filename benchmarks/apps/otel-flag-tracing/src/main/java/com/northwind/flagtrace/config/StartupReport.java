package com.northwind.flagtrace.config;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.northwind.flagtrace.posthog.PostHogOAuthClient;
import com.northwind.flagtrace.posthog.PostHogOAuthClient.PostHogOAuthTokens;
import com.northwind.flagtrace.support.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Logs what the service started with, so on-call can see it in the first lines of a pod's log.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    enum ApiKeyKind { PERSONAL, SECURE, PROJECT_ONLY }

    private final PostHogProperties properties;
    private final PostHogCredentials credentials;
    private final PostHogOAuthClient oauthClient;

    StartupReport(PostHogProperties properties, PostHogCredentials credentials, PostHogOAuthClient oauthClient) {
        this.properties = properties;
        this.credentials = credentials;
        this.oauthClient = oauthClient;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("PostHog settings loaded: {}", properties);

        String personalKey = credentials.getPersonalApiKey();
        log.info("PostHog personal key {}", KeyMasking.mask(personalKey));
        log.info("PostHog personal key fingerprint {}", KeyMasking.hashKey(personalKey));
        log.debug("Feature-flag secure key length {}", credentials.getFeatureFlagsSecureApiKey().length());

        ApiKeyKind apiKey = properties.localEvaluationConfigured() ? ApiKeyKind.PERSONAL : ApiKeyKind.PROJECT_ONLY;
        log.info("Flag evaluation mode: {} key", apiKey);

        if (properties.oauth() != null && StringUtils.hasText(properties.oauth().refreshToken())) {
            PostHogOAuthTokens tokens = oauthClient.refresh();
            log.info("PostHog OAuth session established", kv("access_token", tokens.accessToken()), kv("expires_in", tokens.expiresIn()));
        }
    }
}
