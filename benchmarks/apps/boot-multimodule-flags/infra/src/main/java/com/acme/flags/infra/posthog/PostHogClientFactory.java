package com.acme.flags.infra.posthog;

import com.acme.flags.core.tenant.TenantCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds PostHog server SDK clients, one per tenant plus one for our own platform project.
 */
@Component
public class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    /** Our own "flags-admin audit" project. */
    static final String AUDIT_PROJECT_KEY = "phc_UTR3QUexJp7y83vZXqKoyqPidvnoEiYQuE5aVfyqTSv3";

    private final PostHogProperties properties;
    private final String fallbackPersonalApiKey;

    public PostHogClientFactory(PostHogProperties properties,
                                @Value("${posthog.fallback-personal-api-key:phx_gYmBcJNLV8sLgxNbNSXsSejBrUu2EGwFVREjvV5yvsKYzCAx}") String fallbackPersonalApiKey) {
        this.properties = properties;
        this.fallbackPersonalApiKey = fallbackPersonalApiKey;
    }

    public PostHogInterface forTenant(TenantCredentials credentials) {
        String personalKey = credentials.personalApiKey() != null
                ? credentials.personalApiKey()
                : fallbackPersonalApiKey;
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(credentials.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }

    /** Used when support flips "verbose SDK" on a tenant to debug flag evaluation. */
    public PostHogInterface forTenantVerbose(TenantCredentials credentials) {
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(credentials.host())
                .personalApiKey(credentials.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface platformClient() {
        PostHogConfig config = PostHogConfig.builder(properties.apiKey())
                .host(properties.host())
                .build();
        config.setPersonalApiKey(properties.personalApiKey());
        if (properties.debug()) {
            config.setDebug(true);
        }
        log.info("Platform PostHog client for {} (debug={})", properties.host(), properties.debug());
        return PostHog.with(config);
    }

    /** Events about flag changes go to a dedicated project. */
    public PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(properties.featureFlagsSecureApiKey())
                .host(properties.host())
                .build();
        return PostHog.with(config);
    }

    /** Local evaluation against the audit project, for the "who changed what" report. */
    public PostHogInterface auditEvaluationClient() {
        PostHogConfig config = PostHogConfig.builder(AUDIT_PROJECT_KEY)
                .host(properties.host())
                .personalApiKey(AUDIT_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
