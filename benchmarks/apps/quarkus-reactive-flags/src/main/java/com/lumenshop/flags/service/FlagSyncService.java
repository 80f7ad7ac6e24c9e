package com.lumenshop.flags.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.lumenshop.flags.config.PostHogSettings;
import com.lumenshop.flags.dto.SyncContext;
import com.lumenshop.flags.error.FlagSyncException;
import com.lumenshop.flags.model.FeatureFlag;
import com.lumenshop.flags.posthog.PostHogApiClient;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * Pulls flag definitions from PostHog's private API into the local table.
 */
@ApplicationScoped
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class);

    private static final int PAGE_SIZE = 200;

    private final PostHogSettings settings;
    private final PostHogApiClient api;

    FlagSyncService(PostHogSettings settings, @RestClient PostHogApiClient api) {
        this.settings = settings;
        this.api = api;
    }

    @WithTransaction
    public Uni<Integer> syncAll() {
        SyncContext ctx = new SyncContext(settings.projectId(), settings.host(), settings.personalApiKey(), Instant.now());
        LOG.infof("Starting flag sync %s", ctx);
        return api.listFeatureFlags(ctx.projectId(), PAGE_SIZE)
                .onFailure(ClientWebApplicationException.class)
                .transform(failure -> rejected(ctx, (ClientWebApplicationException) failure))
                .flatMap(this::upsert)
                .invoke(count -> LOG.infof("Synced %d flags for project %s", count, ctx.projectId()));
    }

    private FlagSyncException rejected(SyncContext ctx, ClientWebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        return new FlagSyncException("PostHog rejected key " + ctx.personalApiKey() + " for project " + ctx.projectId(), status, failure);
    }

    private Uni<Integer> upsert(JsonObject page) {
        JsonArray results = page.getJsonArray("results", new JsonArray());
        List<Uni<FeatureFlag>> writes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonObject json = results.getJsonObject(i);
            writes.add(FeatureFlag.findByKey(json.getString("key"))
                    .onItem().ifNull().continueWith(FeatureFlag::new)
                    .flatMap(flag -> {
                        flag.key = json.getString("key");
                        flag.name = json.getString("name");
                        flag.active = json.getBoolean("active", false);
                        flag.posthogId = json.getLong("id");
                        flag.syncedAt = Instant.now();
                        return flag.persist();
                    }));
        }
        if (writes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Uni.join().all(writes).andFailFast().map(List::size);
    }
}
