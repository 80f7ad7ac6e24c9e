package com.northwind.portal.analytics;

import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogProperties;
import com.northwind.portal.web.HeaderRedactor;
import com.northwind.portal.web.dto.AnalyticsBootstrap;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.List;
import java.util.Map;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface postHog;
    private final PostHogInterface experiments;
    private final PostHogProperties properties;
    private final RestTemplate restTemplate;
    private final String flagsSecureKey;

    public FeatureFlagService(PostHogInterface postHog,
                              PostHogProperties properties,
                              RestTemplateBuilder restTemplateBuilder,
                              @Value("${posthog.feature-flags-secure-api-key:phs_vKcF8H7DX6ZOcvjjsMR5vEiNTS4D32c0mg2Yp70NmkdaZAW}") String flagsSecureKey) {
        this.postHog = postHog;
        this.properties = properties;
        this.restTemplate = restTemplateBuilder.build();
        this.flagsSecureKey = flagsSecureKey;
        log.info("Local evaluation key {} ({} chars)", HeaderRedactor.mask(properties.getPersonalApiKey()),
                properties.hasPersonalApiKey() ? properties.getPersonalApiKey().length() : 0);
        PostHogConfig experimentsConfig = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(flagsSecureKey)
                .debug(true)
                .build();
        this.experiments = PostHog.with(experimentsConfig);
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        try {
            return postHog.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            throw new FlagEvaluationException("Evaluating " + flagKey + " for " + distinctId
                    + " failed using personal key " + properties.getPersonalApiKey(), flagKey, e);
        }
    }

    public Object checkoutVariant(String distinctId) {
        return experiments.getFeatureFlag(distinctId, "checkout-redesign", "control");
    }

    public AnalyticsBootstrap bootstrapFor(String distinctId) {
        Map<String, Boolean> flags = Map.of(
                PostHogKeys.FLAG_NEW_BILLING, isEnabled(PostHogKeys.FLAG_NEW_BILLING, distinctId),
                PostHogKeys.FLAG_REMEMBER_ME, isEnabled(PostHogKeys.FLAG_REMEMBER_ME, distinctId));
        return new AnalyticsBootstrap(properties.getProjectApiKey(), properties.getHost(), distinctId,
                flagsSecureKey, flags);
    }

    public List<Map<String, Object>> listFlagDefinitions() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(PostHogKeys.LEGACY_REPORTING_KEY);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} with headers {}", properties.getPrivateApiUrl(), headers);
        ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                properties.getPrivateApiUrl(), HttpMethod.GET, new HttpEntity<>(headers),
                new ParameterizedTypeReference<Map<String, Object>>() { });
        Object results = response.getBody() == null ? null : response.getBody().get("results");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> definitions = results instanceof List<?> ? (List<Map<String, Object>>) results : List.of();
        log.info("Loaded {} flag definitions (status {})", definitions.size(), response.getStatusCode().value());
        return definitions;
    }

    @PreDestroy
    public void shutdown() {
        experiments.close();
    }
}
