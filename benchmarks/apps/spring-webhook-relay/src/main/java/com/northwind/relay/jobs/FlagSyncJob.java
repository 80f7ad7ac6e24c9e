package com.northwind.relay.jobs;

import com.northwind.relay.config.PostHogApiConstants;
import com.northwind.relay.config.PostHogProperties;
import com.northwind.relay.posthog.PostHogApiClient;
import com.northwind.relay.posthog.PostHogApiClient.FeatureFlag;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;
    private final OAuth2AuthorizedClientManager authorizedClientManager;
    private final RestClient partnerClient;
    private volatile List<FeatureFlag> cachedFlags = List.of();

    public FlagSyncJob(PostHogApiClient apiClient,
                       PostHogProperties props,
                       OAuth2AuthorizedClientManager authorizedClientManager,
                       RestClient.Builder restClientBuilder,
                       @Value("${relay.partners.acme.api-base-url}") String partnerApiBaseUrl) {
        this.apiClient = apiClient;
        this.props = props;
        this.authorizedClientManager = authorizedClientManager;
        this.partnerClient = restClientBuilder.baseUrl(partnerApiBaseUrl).build();
    }

    @Scheduled(fixedDelayString = "${relay.flags.sync-interval:PT5M}", initialDelayString = "PT30S")
    public void syncFlags() {
        String personalKey = props.getPersonalApiKey();
        log.debug("Syncing feature flags, personal key length {}", personalKey.length());
        log.debug("Personal key fingerprint {}", DigestUtils.sha256Hex(personalKey));
        cachedFlags = apiClient.listFeatureFlags();
        log.info("Synced {} active feature flags for project {}", cachedFlags.size(), props.getProjectId());
    }

    @Scheduled(cron = "${relay.flags.sandbox-compare-cron:0 15 3 * * *}")
    public void compareWithSandbox() {
        String sandboxKey = PostHogApiConstants.SANDBOX_KEY_PREFIX + PostHogApiConstants.SANDBOX_KEY_BODY;
        log.info("Comparing {} flags with sandbox project {} using {}",
                cachedFlags.size(), PostHogApiConstants.SANDBOX_PROJECT_ID, sandboxKey);

        PostHogConfig sandboxConfig = PostHogConfig.builder(PostHogApiConstants.DEFAULT_PROJECT_KEY)
                .host(PostHogApiConstants.US_INGEST_HOST)
                .build();
        sandboxConfig.setPersonalApiKey(sandboxKey);
        sandboxConfig.setDebug(true);
        PostHogInterface sandbox = PostHog.with(sandboxConfig);
        try {
            int drift = 0;
            for (FeatureFlag flag : cachedFlags) {
                Object sandboxValue = sandbox.getFeatureFlag(PostHogApiConstants.RELAY_DISTINCT_ID, flag.key());
                if (!Objects.equals(sandboxValue, flag.active())) {
                    drift++;
                }
            }
            String maskedKey = sandboxKey.substring(0, 4) + "..." + sandboxKey.substring(sandboxKey.length() - 4);
            log.info("Sandbox comparison with key {} found {} drifting flags", maskedKey, drift);
        } finally {
            sandbox.close();
        }
    }

    @Scheduled(fixedDelayString = "${relay.partners.ack-interval:PT1M}")
    public void acknowledgeDeliveries() {
        OAuth2AuthorizeRequest authorizeRequest = OAuth2AuthorizeRequest.withClientRegistrationId("acme-partner")
                .principal("webhook-relay")
                .build();
        OAuth2AuthorizedClient client = authorizedClientManager.authorize(authorizeRequest);
        if (client == null) {
            log.warn("No authorized client for registration acme-partner; skipping acknowledgements");
            return;
        }
        OAuth2AccessToken accessToken = client.getAccessToken();
        log.debug("Using partner access token {} for acknowledgements", accessToken.getTokenValue());

        partnerClient.post()
                .uri("/v2/deliveries/ack")
                .headers(headers -> headers.setBearerAuth(accessToken.getTokenValue()))
                .body(Map.of("acknowledgedAt", Instant.now().toString()))
                .retrieve()
                .toBodilessEntity();
        log.info("Acknowledged deliveries; partner token valid until {}", accessToken.getExpiresAt());
    }
}
