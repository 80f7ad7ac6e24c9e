package com.northwind.flags.service;

import com.northwind.flags.domain.FlagOverride;
import com.northwind.flags.domain.Tenant;
import com.northwind.flags.messaging.FlagAuditPublisher;
import com.northwind.flags.messaging.FlagChangeEvent;
import com.northwind.flags.posthog.PostHogHttpClient;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FlagOverrideService {

    private static final Logger LOG = Logger.getLogger(FlagOverrideService.class);

    private final PostHogHttpClient posthog;
    private final FlagAuditPublisher audit;
    private final TargetingExpressionLexer lexer = new TargetingExpressionLexer();

    FlagOverrideService(PostHogHttpClient posthog, FlagAuditPublisher audit) {
        this.posthog = posthog;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Void> apply(FlagChangeEvent event) {
        return Tenant.findBySlug(event.getTenantSlug())
                .onItem().ifNull().failWith(() -> new NotFoundException("Unknown tenant " + event.getTenantSlug()))
                .flatMap(tenant -> {
                    LOG.debugf("Applying %s=%s for %s", event.getFlagKey(), event.getVariant(), tenant);
                    LOG.infof("Tenant %s authenticated with token fingerprint %s", tenant.slug, tenant.apiTokenHash());
                    return FlagOverride.upsert(tenant, event.getFlagKey(), event.getVariant(), event.isEnabled(),
                                    event.getActor())
                            .call(override -> audit.publish(override, event.getActor()))
                            .call(override -> posthog.capture(event.getActor(), "flag override applied",
                                    Map.of("flag", override.flagKey, "tenant", tenant.slug,
                                            "enabled", override.enabled)));
                })
                .replaceWithVoid();
    }

    @WithSession
    public Uni<List<FlagOverride>> listForTenant(String slug) {
        return FlagOverride.forTenant(slug);
    }

    /** Validates a targeting expression before it is stored alongside an override. */
    public List<TargetingExpressionLexer.Token> parseTargeting(String expression) {
        return lexer.tokenize(expression);
    }
}
