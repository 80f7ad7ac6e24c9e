package io.northwind.flagportal.flags;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagportal.config.PortalDefaults;
import io.northwind.flagportal.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * CDI producers for the PostHog clients: one that evaluates flags locally for the portal, one
 * that records the audit trail of flag changes as events.
 */
@ApplicationScoped
public class PostHogClientProducer {

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    PostHogInterface flagsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(PortalDefaults.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @ApplicationScoped
    @Named("audit")
    PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
