package dev.flagscope.intellij.telemetry;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.application.ApplicationInfo;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.application.PermanentInstallationID;
import com.intellij.openapi.diagnostic.Logger;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagscope.intellij.settings.FlagScopeSettings;
import dev.flagscope.intellij.util.FlagScopeBuildInfo;

import java.util.HashMap;
import java.util.Map;

/**
 * Anonymous plugin usage events (which views are opened), sent to FlagScope's own PostHog
 * project. Disabled when the user opts out in the settings page.
 */
public final class PluginTelemetry implements Disposable {

    private static final Logger LOG = Logger.getInstance(PluginTelemetry.class);

    private final PostHogInterface posthog;
    private final String installationId;

    public PluginTelemetry() {
        boolean internal = ApplicationManager.getApplication().isInternal();
        PostHogConfig config = PostHogConfig.builder(FlagScopeBuildInfo.TELEMETRY_PROJECT_KEY)
                .host(FlagScopeBuildInfo.TELEMETRY_HOST)
                .debug(internal)
                .build();
        this.posthog = PostHog.with(config);
        this.installationId = PermanentInstallationID.get();
    }

    public static PluginTelemetry getInstance() {
        return ApplicationManager.getApplication().getService(PluginTelemetry.class);
    }

    public void track(String event, Map<String, Object> properties) {
        if (!FlagScopeSettings.getInstance().isShareUsageStatistics()) {
            return;
        }
        Map<String, Object> props = new HashMap<>(properties);
        props.put("ide_build", ApplicationInfo.getInstance().getBuild().asString());
        props.put("$process_person_profile", false);
        posthog.capture(installationId, event, props);
    }

    @Override
    public void dispose() {
        try {
            posthog.close();
        } catch (RuntimeException e) {
            LOG.warn("Could not flush telemetry", e);
        }
    }
}
