package com.tidewaterlabs.flaggateway.service;

import com.tidewaterlabs.flaggateway.client.PostHogApiClient;
import com.tidewaterlabs.flaggateway.client.PostHogApiClient.FeatureFlag;
import com.tidewaterlabs.flaggateway.config.PostHogConstants;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class FlagDefinitionsService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagDefinitionsService.class);
    private static final int PAGE_SIZE = 200;

    private final PostHogApiClient api;
    private final PostHogKeyResolver keyResolver;
    private final PostHogProperties properties;

    public FlagDefinitionsService(PostHogApiClient api,
                                  PostHogKeyResolver keyResolver,
                                  PostHogProperties properties) {
        this.api = api;
        this.keyResolver = keyResolver;
        this.properties = properties;
    }

    public List<FeatureFlag> activeFlags() {
        PostHogKeyResolver.ResolvedKeys keys = keyResolver.resolve();
        String authorization = PostHogConstants.BEARER_PREFIX + keys.personalApiKey();
        LOG.debug("Listing feature flags of project {} with the {} header", properties.getProjectId(), HttpHeaders.AUTHORIZATION);
        try {
            return api.listFeatureFlags(properties.getProjectId(), authorization, PAGE_SIZE)
                    .results()
                    .stream()
                    .filter(FeatureFlag::active)
                    .toList();
        } catch (HttpClientResponseException e) {
            LOG.warn("PostHog answered {} to GET feature_flags (Authorization: {})", e.getStatus().getCode(), authorization);
            throw e;
        }
    }
}
