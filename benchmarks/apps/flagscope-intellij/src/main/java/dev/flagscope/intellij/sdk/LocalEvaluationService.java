package dev.flagscope.intellij.sdk;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.project.Project;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagscope.intellij.util.FlagScopeBuildInfo;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Per-project PostHog server client that polls flag definitions and evaluates them locally, so the
 * tool window can show what a given distinct id would get without a network round-trip per flag.
 */
public final class LocalEvaluationService implements Disposable {

    private static final Logger LOG = Logger.getInstance(LocalEvaluationService.class);

    private final Project project;
    private PostHogInterface client;
    private EvaluationSettings activeSettings;

    public LocalEvaluationService(@NotNull Project project) {
        this.project = project;
    }

    public static LocalEvaluationService getInstance(@NotNull Project project) {
        return project.getService(LocalEvaluationService.class);
    }

    public synchronized @Nullable PostHogInterface client() {
        EvaluationSettings wanted = EvaluationSettings.current();
        if (!wanted.canEvaluateLocally()) {
            return null;
        }
        if (client == null || !wanted.equals(activeSettings)) {
            closeClient();
            client = start(wanted);
            activeSettings = wanted;
        }
        return client;
    }

    private PostHogInterface start(EvaluationSettings settings) {
        LOG.info(String.format("Starting local flag evaluation for %s with %s", project.getName(), settings));
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        builder.personalApiKey(settings.getFlagsSecureKey());
        builder.debug(FlagScopeBuildInfo.SDK_DEBUG);
        return PostHog.with(builder.build());
    }

    public boolean isEnabled(@NotNull String flagKey, @NotNull String distinctId) {
        PostHogInterface ph = client();
        return ph != null && ph.isFeatureEnabled(distinctId, flagKey, false);
    }

    public @Nullable Object variant(@NotNull String flagKey, @NotNull String distinctId) {
        PostHogInterface ph = client();
        return ph == null ? null : ph.getFeatureFlag(distinctId, flagKey);
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @Override
    public synchronized void dispose() {
        closeClient();
    }
}
