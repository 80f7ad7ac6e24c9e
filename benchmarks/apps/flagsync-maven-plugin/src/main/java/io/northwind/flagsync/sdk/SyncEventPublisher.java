package io.northwind.flagsync.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagsync.model.SyncReport;
import io.northwind.flagsync.settings.FlagSyncSettings;

import javax.inject.Named;
import javax.inject.Singleton;
import java.util.Map;

/**
 * Records a {@code flags_synced} event so the flag changes show up in the project's activity.
 */
@Named
@Singleton
public class SyncEventPublisher {

    public void publish(FlagSyncSettings settings, SyncReport report, String buildUser) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            posthog.capture(buildUser, "flags_synced", Map.of(
                    "created", report.created().size(),
                    "updated", report.updated().size(),
                    "dry_run", report.dryRun()));
            posthog.flush();
        } finally {
            posthog.close();
        }
    }
}
