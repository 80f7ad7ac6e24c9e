package io.jenkins.plugins.posthog;

import hudson.Extension;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Annotates the PostHog project whenever a deployment job finishes successfully.
 */
@Extension
public class BuildEventListener extends RunListener<Run<?, ?>> {

    private static final Logger LOGGER = Logger.getLogger(BuildEventListener.class.getName());

    @Override
    public void onStarted(Run<?, ?> run, TaskListener listener) {
        PostHogSettings settings = PostHogGlobalConfiguration.get().snapshot();
        LOGGER.log(Level.FINE, "Build {0} started with PostHog settings {1}", new Object[] {run.getExternalizableId(), settings.redacted()});
        if (!settings.hasPersonalApiKey()) {
            LOGGER.fine("No PostHog personal API key configured; deploy annotations are off");
        }
    }

    @Override
    public void onCompleted(Run<?, ?> run, TaskListener listener) {
        if (!run.getParent().getFullName().startsWith("deploy/") || run.getResult() != Result.SUCCESS) {
            return;
        }
        PostHogSettings settings = PostHogGlobalConfiguration.get().snapshot();
        LOGGER.fine("Annotating deploy of " + run.getFullDisplayName() + " using " + settings);
        if (!settings.hasPersonalApiKey()) {
            return;
        }
        String key = settings.personalApiKey();
        listener.getLogger().println("[PostHog] Annotating with personal API key ending in " + key.substring(key.length() - 4));
        try {
            new PostHogApiClient(settings.host(), key).annotate("@current", "Deployed " + run.getFullDisplayName(), Instant.now());
        } catch (PostHogApiException e) {
            LOGGER.log(Level.WARNING, "Could not annotate deploy of " + run.getFullDisplayName(), e);
        }
    }
}
