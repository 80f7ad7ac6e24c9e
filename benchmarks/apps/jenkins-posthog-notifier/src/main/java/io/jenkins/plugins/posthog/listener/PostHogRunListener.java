package io.jenkins.plugins.posthog.listener;

import com.posthog.server.PostHogInterface;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.posthog.PostHogGlobalConfiguration;
import io.jenkins.plugins.posthog.client.PostHogClientFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Captures a {@code jenkins build started} event for every run when a project key is configured globally.
 */
@Extension
public class PostHogRunListener extends RunListener<Run<?, ?>> {

    private static final Logger LOGGER = Logger.getLogger(PostHogRunListener.class.getName());

    private volatile PostHogInterface client;
    private volatile String clientKey;

    @Override
    public void onStarted(Run<?, ?> run, TaskListener listener) {
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        String projectKey = config.getProjectApiKey();
        if (projectKey == null) {
            return;
        }
        try {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("job", run.getParent().getFullName());
            props.put("build_number", run.getNumber());
            Cause.UserIdCause userCause = run.getCause(Cause.UserIdCause.class);
            props.put("triggered_by_user", userCause != null);
            clientFor(config).capture("jenkins:" + run.getParent().getFullName(), "jenkins build started", props);
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "Could not capture build start for " + run.getExternalizableId(), e);
        }
    }

    @Override
    public void onFinalized(@NonNull Run<?, ?> run) {
        if (client != null) {
            client.flush();
        }
    }

    private synchronized PostHogInterface clientFor(PostHogGlobalConfiguration config) {
        String key = config.getProjectApiKey() + "|" + config.getHost() + "|" + config.isDebugLogging();
        if (client == null || !key.equals(clientKey)) {
            if (client != null) {
                client.close();
            }
            client = PostHogClientFactory.captureOnly(config.getProjectApiKey(), config.getHost(), config.isDebugLogging());
            clientKey = key;
            LOGGER.log(Level.CONFIG, "PostHog capture client (re)created for {0}", config.getHost());
        }
        return client;
    }
}
