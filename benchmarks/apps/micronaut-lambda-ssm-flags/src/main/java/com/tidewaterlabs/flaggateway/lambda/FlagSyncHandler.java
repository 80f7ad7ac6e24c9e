package com.tidewaterlabs.flaggateway.lambda;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewaterlabs.flaggateway.client.PostHogApiClient.FeatureFlag;
import com.tidewaterlabs.flaggateway.config.PostHogConstants;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import com.tidewaterlabs.flaggateway.secrets.PostHogKeyResolver;
import com.tidewaterlabs.flaggateway.service.FlagDefinitionsService;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagSyncHandler extends MicronautRequestHandler<ScheduledEvent, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncHandler.class);
    private static final String WARMUP_DISTINCT_ID = "flag-sync-warmup";

    @Inject
    PostHogProperties properties;

    @Inject
    PostHogKeyResolver keyResolver;

    @Inject
    FlagDefinitionsService definitions;

    @Override
    public Void execute(ScheduledEvent event) {
        PostHogKeyResolver.ResolvedKeys keys = keyResolver.resolve();
        boolean hasSecureToken = keys.secureKey() != null;
        String secureKey = hasSecureToken ? keys.secureKey() : PostHogConstants.LOCAL_EVALUATION_KEY;
        if (!hasSecureToken) {
            String fallbackAuthorization = PostHogConstants.BEARER_PREFIX + PostHogConstants.LOCAL_EVALUATION_KEY;
            System.out.println("flag-sync: no secure key in Secrets Manager, polling with " + fallbackAuthorization);
        }

        PostHogInterface warmClient = PostHog.with(PostHogConfig.builder(keys.projectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .debug(true)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build());
        try {
            List<FeatureFlag> flags = definitions.activeFlags();
            int warmed = 0;
            for (FeatureFlag flag : flags) {
                warmClient.isFeatureEnabled(WARMUP_DISTINCT_ID, flag.key());
                warmed++;
            }
            LOG.info("Warmed {} flags for event {} (secureToken={}, personalApiKeySource={})",
                    warmed, event.getId(), hasSecureToken, keys.personalApiKeySource());
        } finally {
            warmClient.close();
        }
        return null;
    }
}
