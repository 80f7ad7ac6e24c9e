package com.tidewaterlabs.flaggateway.web;

import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

@Serdeable
public record BootstrapPayload(String apiKey,
                               String apiHost,
                               String distinctId,
                               Map<String, Boolean> featureFlags,
                               String localEvaluationKey) {

    public static BootstrapPayload of(PostHogKeyResolver.ResolvedKeys keys,
                                      PostHogProperties properties,
                                      String distinctId,
                                      Map<String, Boolean> featureFlags) {
        return new BootstrapPayload(
                keys.projectApiKey(),
                properties.getHost(),
                distinctId,
                featureFlags,
                keys.secureKey());
    }
}
