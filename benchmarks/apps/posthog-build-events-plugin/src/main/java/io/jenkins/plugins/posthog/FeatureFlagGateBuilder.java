package io.jenkins.plugins.posthog;

import com.posthog.server.PostHogInterface;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.IOException;
import java.util.logging.Logger;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Build step that fails the build unless a PostHog feature flag is on for the given distinct id.
 */
public class FeatureFlagGateBuilder extends Builder implements SimpleBuildStep {

    private static final Logger LOGGER = Logger.getLogger(FeatureFlagGateBuilder.class.getName());

    private final String flagKey;
    private String distinctId = "${JOB_NAME}";

    @DataBoundConstructor
    public FeatureFlagGateBuilder(String flagKey) {
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getDistinctId() {
        return distinctId;
    }

    @DataBoundSetter
    public void setDistinctId(String distinctId) {
        this.distinctId = distinctId;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        String resolvedDistinctId = env.expand(distinctId);

        ApiConnection connection = new ApiConnection(config.getHost(), config.getPersonalApiKey().getPlainText(), TokenScope.FEATURE_FLAG_READ);
        LOGGER.fine("Evaluating " + flagKey + " through " + connection);
        listener.getLogger().println("[PostHog] Token scope: " + connection.scope().apiName());

        PostHogInterface posthog = PostHogClientFactory.flagClient(config);
        boolean enabled = posthog.isFeatureEnabled(resolvedDistinctId, flagKey, false);
        listener.getLogger().printf("[PostHog] Flag %s is %s for %s%n", flagKey, enabled ? "on" : "off", resolvedDistinctId);
        if (!enabled) {
            throw new AbortException("PostHog feature flag '" + flagKey + "' is off for " + resolvedDistinctId);
        }
    }

    @Extension
    @Symbol("posthogFlagGate")
    public static final class DescriptorImpl extends BuildStepDescriptor<hudson.tasks.Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Require PostHog feature flag";
        }
    }
}
