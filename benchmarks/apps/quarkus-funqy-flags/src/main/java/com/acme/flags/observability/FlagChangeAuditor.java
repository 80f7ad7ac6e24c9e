package com.acme.flags.observability;

import com.acme.flags.model.PostHogCredentials;
import com.acme.flags.posthog.PostHogAdminService;
import io.quarkus.funqy.Context;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

public class FlagChangeAuditor {

    private static final Logger LOG = Logger.getLogger(FlagChangeAuditor.class);

    public enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

    public record FlagChanged(String flagKey, String actor, boolean active, boolean viaApi) {
    }

    public record FlagAudit(String flagKey, String actor, ApiKeyKind apiKey, OffsetDateTime auditedAt) {
    }

    @Inject
    PostHogAdminService adminService;

    @Funq
    @CloudEventMapping(trigger = "com.acme.flag.changed", responseSource = "flags-fn", responseType = "com.acme.flag.audited")
    public FlagAudit onFlagChanged(FlagChanged data, @Context CloudEvent<FlagChanged> event) {
        ApiKeyKind apiKey = data.viaApi() ? ApiKeyKind.PERSONAL : ApiKeyKind.PROJECT;
        LOG.infof("flag %s set active=%b by %s (apiKey=%s, event %s)", data.flagKey(), data.active(), data.actor(), apiKey, event.id());

        PostHogCredentials credentials = adminService.credentials();
        LOG.infov("Re-syncing flag {0} from {1} with {2}", data.flagKey(), event.source(), credentials);

        return new FlagAudit(data.flagKey(), data.actor(), apiKey, OffsetDateTime.now());
    }
}
