package com.streamline.flagsgraph.datafetchers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.netflix.graphql.dgs.context.DgsContext;
import com.posthog.server.PostHogInterface;
import com.streamline.flagsgraph.config.PostHogProperties;
import com.streamline.flagsgraph.context.FlagsRequestContext;
import com.streamline.flagsgraph.dataloaders.FlagDefinitionDataLoader;
import com.streamline.flagsgraph.dataloaders.FlagPayloadDataLoader;
import com.streamline.flagsgraph.posthog.PostHogKeyValidator;
import org.dataloader.DataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DgsComponent
public class FeatureFlagDataFetcher {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagDataFetcher.class);

    private static final List<String> DEFAULT_FLAGS = List.of("new-checkout", "dark-mode", "recommendations-v2");

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final PostHogKeyValidator keyValidator;

    public FeatureFlagDataFetcher(PostHogInterface postHog,
                                  PostHogProperties properties,
                                  PostHogKeyValidator keyValidator) {
        this.postHog = postHog;
        this.properties = properties;
        this.keyValidator = keyValidator;
    }

    @DgsQuery
    public List<FeatureFlagView> featureFlags(@InputArgument String distinctId,
                                              @InputArgument List<String> keys,
                                              DgsDataFetchingEnvironment dfe) {
        FlagsRequestContext context = DgsContext.getCustomContext(dfe);
        List<String> flagKeys = keys == null || keys.isEmpty() ? DEFAULT_FLAGS : keys;
        log.debug("Evaluating {} flags for {} ({})", flagKeys.size(), distinctId, context);
        log.debug("Caller auth scheme {} authenticated={}", context.getTokenType(), context.isAuthenticated());

        if (properties.hasPersonalApiKey()) {
            keyValidator.requirePersonalKey(properties.getPersonalApiKey());
        }

        List<FeatureFlagView> flags = new ArrayList<>(flagKeys.size());
        for (String key : flagKeys) {
            Object value = postHog.getFeatureFlag(distinctId, key);
            boolean enabled = value instanceof Boolean b ? b : value != null;
            String variant = value instanceof String s ? s : null;
            flags.add(new FeatureFlagView(key, enabled, variant, distinctId));
        }
        return flags;
    }

    @DgsData(parentType = "FeatureFlag", field = "payload")
    public CompletableFuture<String> payload(DgsDataFetchingEnvironment dfe) {
        FeatureFlagView flag = dfe.getSource();
        DataLoader<String, String> loader = dfe.getDataLoader(FlagPayloadDataLoader.NAME);
        return loader.load(FlagPayloadDataLoader.compoundKey(flag.key(), flag.distinctId()));
    }

    @DgsData(parentType = "FeatureFlag", field = "definition")
    public CompletableFuture<Map<String, Object>> definition(DgsDataFetchingEnvironment dfe) {
        FeatureFlagView flag = dfe.getSource();
        DataLoader<String, Map<String, Object>> loader = dfe.getDataLoader(FlagDefinitionDataLoader.NAME);
        return loader.load(flag.key());
    }

    @DgsMutation
    public boolean captureFlagExposure(@InputArgument String distinctId, @InputArgument String flagKey) {
        postHog.capture(distinctId, "flag_exposure_" + flagKey);
        return true;
    }

    public record FeatureFlagView(String key, boolean enabled, String variant, String distinctId) {
    }
}
