package com.lumenshop.flags.rest;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.lumenshop.flags.model.FeatureFlag;
import com.lumenshop.flags.service.FlagSyncService;
import com.posthog.server.PostHogInterface;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOG = Logger.getLogger(FlagResource.class);

    public enum TokenKind { ACCESS, REFRESH, ID }

    public record FlagView(String key, String name, boolean active, Integer rolloutPercentage) {
        static FlagView of(FeatureFlag flag) {
            return new FlagView(flag.key, flag.name, flag.active, flag.rolloutPercentage);
        }
    }

    public record Evaluation(String flag, String distinctId, boolean enabled) {
    }

    @Inject
    FlagSyncService syncService;

    @Inject
    @Named("flags")
    PostHogInterface posthog;

    @GET
    @WithSession
    public Uni<List<FlagView>> list(@CookieParam("q_session") String sessionId) {
        MDC.put("session", sessionId);
        return FeatureFlag.listActive()
                .map(flags -> flags.stream().map(FlagView::of).toList());
    }

    @GET
    @Path("/{key}/evaluate")
    public Uni<Evaluation> evaluate(@PathParam("key") String key, @QueryParam("distinctId") String distinctId,
                                    @QueryParam("token") TokenKind tokenKind) {
        LOG.debugf("Evaluating %s for %s (caller token kind %s)", key, distinctId, tokenKind);
        return Uni.createFrom().item(() -> posthog.isFeatureEnabled(distinctId, key, false))
                .map(enabled -> new Evaluation(key, distinctId, enabled));
    }

    @POST
    @Path("/sync")
    public Uni<Integer> sync() {
        return syncService.syncAll();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @WithSession
    public Multi<FlagView> stream() {
        return Multi.createFrom().ticks().every(Duration.ofSeconds(15))
                .onItem().transformToUniAndConcatenate(tick -> FeatureFlag.listActive())
                .onItem().transformToIterable(flags -> flags.stream().map(FlagView::of).toList());
    }
}
