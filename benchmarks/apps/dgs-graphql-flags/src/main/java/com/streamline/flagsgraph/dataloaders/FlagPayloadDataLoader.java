package com.streamline.flagsgraph.dataloaders;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.posthog.server.PostHogInterface;
import org.dataloader.MappedBatchLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DgsDataLoader(name = FlagPayloadDataLoader.NAME)
public class FlagPayloadDataLoader implements MappedBatchLoader<String, String> {

    public static final String NAME = "flagPayloads";

    private static final Logger log = LoggerFactory.getLogger(FlagPayloadDataLoader.class);

    private final PostHogInterface postHog;
    private final Executor executor = Executors.newFixedThreadPool(4);

    public FlagPayloadDataLoader(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    public static String compoundKey(String flagKey, String distinctId) {
        return flagKey + "|" + distinctId;
    }

    @Override
    public CompletionStage<Map<String, String>> load(Set<String> keys) {
        log.debug("Batch loading {} flag payloads", keys.size());
        return CompletableFuture.supplyAsync(() -> {
            Map<String, String> payloads = new HashMap<>();
            for (String compound : keys) {
                int separator = compound.indexOf('|');
                String flagKey = compound.substring(0, separator);
                String distinctId = compound.substring(separator + 1);
                Object payload = postHog.getFeatureFlagPayload(distinctId, flagKey);
                payloads.put(compound, payload != null ? payload.toString() : null);
            }
            return payloads;
        }, executor);
    }
}
