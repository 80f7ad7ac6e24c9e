package com.northwind.flagsconsole.config;

import com.northwind.flagsconsole.support.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class LocalEvaluationClientFactory {

    private static final Logger log = LoggerFactory.getLogger(LocalEvaluationClientFactory.class);

    enum ApiKeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE }

    @Bean(destroyMethod = "close")
    @Qualifier("flagEvaluation")
    public PostHogInterface flagEvaluationClient(PostHogProperties properties) {
        String secureKey = properties.getFeatureFlagsSecureKey();
        ApiKeyKind apiKey = ApiKeyKind.FEATURE_FLAGS_SECURE;

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();

        log.info("Flag evaluation client uses apiKey kind {} with fingerprint {}", apiKey,
                PostHogKeys.sha256Fingerprint(secureKey));
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Qualifier("flagDiagnostics")
    @Profile("dev")
    public PostHogInterface flagDiagnosticsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getFeatureFlagsSecureKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        log.info("Diagnostics client ready, secure key {}", PostHogKeys.mask(config.getPersonalApiKey()));
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Qualifier("flagAuditReporting")
    public PostHogInterface auditReportingClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(PostHogKeys.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "shutdown")
    public com.posthog.java.PostHog legacyCaptureClient(PostHogProperties properties) {
        return new com.posthog.java.PostHog.Builder(PostHogKeys.legacyPersonalKey())
                .host(properties.getHost())
                .build();
    }
}
