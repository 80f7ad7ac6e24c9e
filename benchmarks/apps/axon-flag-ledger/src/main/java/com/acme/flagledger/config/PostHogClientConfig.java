package com.acme.flagledger.config;

import com.acme.flagledger.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    public static final String BREAK_GLASS_SECURE_KEY = LedgerDefaults.FALLBACK_SECURE_PREFIX + LedgerDefaults.FALLBACK_SECURE_BODY;

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    /** Flag evaluation client: evaluates rollouts locally with the personal key. */
    @Bean(destroyMethod = "close")
    public PostHogInterface flagEvaluationClient() {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(LedgerDefaults.FLAG_POLL_SECONDS)
                .debug(LedgerDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Capture client for the audit trail: every ledger event is mirrored as a PostHog event. */
    @Bean(destroyMethod = "close")
    public PostHogInterface auditCaptureClient() {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }

    /** RestClient for PostHog's private API (flag definitions, project settings). */
    @Bean
    public RestClient postHogApiClient(RestClient.Builder builder) {
        ClientHttpRequestInterceptor wireLog = (request, body, execution) -> {
            log.debug("PostHog API {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
            return execution.execute(request, body);
        };
        return builder
                .baseUrl(properties.getPrivateApiHost())
                .requestInterceptor(wireLog)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reportSettings() {
        log.info("PostHog settings: {}", properties);
        String secureKey = properties.getProjectSecretKey();
        log.info("Feature-flags secure key configured={}, length={}", secureKey != null, secureKey == null ? 0 : secureKey.length());
        log.debug("Personal key fingerprint {}", KeyMasker.sha256Hex(properties.getPersonalApiKey()));
    }
}
