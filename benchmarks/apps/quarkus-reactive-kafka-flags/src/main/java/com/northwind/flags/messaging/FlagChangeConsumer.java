package com.northwind.flags.messaging;

import com.northwind.flags.config.PostHogDefaults.KeyKind;
import com.northwind.flags.service.FlagOverrideService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FlagChangeConsumer {

    private static final Logger LOG = Logger.getLogger(FlagChangeConsumer.class);

    private final FlagOverrideService overrides;

    FlagChangeConsumer(FlagOverrideService overrides) {
        this.overrides = overrides;
    }

    @Incoming("flag-changes")
    public Uni<Void> onFlagChange(FlagChangeEvent event) {
        LOG.infof("Received %s", event);
        long sessionId = event.getSessionId();
        KeyKind apiKey = KeyKind.FLAGS_SECURE;
        LOG.debugf("Change from console session %d will be evaluated with the %s key", sessionId, apiKey);
        return overrides.apply(event)
                .onFailure().invoke(e -> LOG.errorf(e, "Could not apply change to flag %s for tenant %s",
                        event.getFlagKey(), event.getTenantSlug()));
    }
}
