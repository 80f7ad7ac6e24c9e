package io.jenkins.plugins.posthog;

import com.posthog.server.PostHogInterface;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.posthog.action.DashboardLinks;
import io.jenkins.plugins.posthog.action.PostHogBuildAction;
import io.jenkins.plugins.posthog.client.FeatureFlagEvaluator;
import io.jenkins.plugins.posthog.client.PostHogApiClient;
import io.jenkins.plugins.posthog.client.PostHogClientFactory;
import io.jenkins.plugins.posthog.client.PostHogRequestException;
import io.jenkins.plugins.posthog.credentials.PostHogCredentialsResolver;
import io.jenkins.plugins.posthog.model.BuildEvent;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import io.jenkins.plugins.posthog.model.ResolvedKeys;
import io.jenkins.plugins.posthog.template.EventNameTemplate;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Post-build action that captures a PostHog event for the finished build.
 */
public class PostHogNotifier extends Recorder implements SimpleBuildStep {

    private static final Logger LOGGER = Logger.getLogger(PostHogNotifier.class.getName());

    private final String eventName;
    private String distinctId;
    private String credentialsId;
    private String gateFlag;
    private boolean createAnnotation;

    @DataBoundConstructor
    public PostHogNotifier(String eventName) {
        this.eventName = Util.fixEmptyAndTrim(eventName) == null ? PostHogDefaults.DEFAULT_EVENT_NAME : eventName;
    }

    public String getEventName() {
        return eventName;
    }

    public String getDistinctId() {
        return distinctId;
    }

    @DataBoundSetter
    public void setDistinctId(String distinctId) {
        this.distinctId = Util.fixEmptyAndTrim(distinctId);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmpty(credentialsId);
    }

    public String getGateFlag() {
        return gateFlag;
    }

    @DataBoundSetter
    public void setGateFlag(String gateFlag) {
        this.gateFlag = Util.fixEmptyAndTrim(gateFlag);
    }

    public boolean isCreateAnnotation() {
        return createAnnotation;
    }

    @DataBoundSetter
    public void setCreateAnnotation(boolean createAnnotation) {
        this.createAnnotation = createAnnotation;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener) throws IOException {
        PrintStream log = listener.getLogger();
        PostHogGlobalConfiguration global = PostHogGlobalConfiguration.get();
        PostHogSettings settings = global.toSettings();

        ResolvedKeys keys = PostHogCredentialsResolver.resolveForRun(run, settings.getProjectApiKey(), credentialsId);
        if (keys.canEvaluateLocally()) {
            settings = settings.toBuilder().personalApiKey(keys.personalApiKey()).build();
        }
        if (settings.getProjectApiKey() == null) {
            log.println("[PostHog] " + Messages.PostHogNotifier_NoProjectKey());
            return;
        }
        if (settings.isDebug()) {
            log.println("[PostHog] Effective settings: " + settings);
        }
        log.println("[PostHog] Personal API key configured: " + settings.hasPersonalApiKey()
                + ", key source: " + keys.source());

        String who = distinctId != null ? env.expand(distinctId) : "jenkins:" + run.getParent().getFullName();
        if (gateFlag != null && !new FeatureFlagEvaluator(settings).isEnabled(gateFlag, who, true, listener)) {
            log.println("[PostHog] Flag '" + gateFlag + "' is off, not sending the build event");
            return;
        }

        Result result = run.getResult() == null ? Result.SUCCESS : run.getResult();
        env.put("RESULT", result.toString());
        String name = EventNameTemplate.parse(eventName).expand(env);
        BuildEvent event = BuildEvent.named(name)
                .distinctId(who)
                .property("job", run.getParent().getFullName())
                .property("build_number", run.getNumber())
                .property("result", result.toString())
                .property("duration_ms", System.currentTimeMillis() - run.getStartTimeInMillis())
                .property("node", env.get("NODE_NAME"))
                .property("$lib", "jenkins-posthog-notifier")
                .build();

        PostHogInterface client = PostHogClientFactory.forSettings(settings);
        client.capture(event.getDistinctId(), event.getName(), event.getProperties());
        client.flush();
        log.println("[PostHog] Captured '" + event.getName() + "' for " + event.getDistinctId());

        if (createAnnotation && settings.hasPersonalApiKey()) {
            annotate(settings, run, result, log);
        }

        run.addAction(new PostHogBuildAction(name, who, settings.getProjectApiKey(),
                DashboardLinks.dashboardUrl(settings, global.getDashboardId())));
    }

    private static void annotate(PostHogSettings settings, Run<?, ?> run, Result result, PrintStream log) {
        PostHogApiClient api = new PostHogApiClient(PostHogApiClient.appHostFor(settings.getHost()),
                settings.getPersonalApiKey());
        try {
            api.createAnnotation(run.getFullDisplayName() + " " + result, Instant.now().toString());
            log.println("[PostHog] Annotation created on " + api.getAppHost());
        } catch (PostHogRequestException e) {
            LOGGER.log(Level.WARNING, "Could not create PostHog annotation for " + run.getFullDisplayName(), e);
            log.println("[PostHog] Annotation failed (HTTP " + e.getStatusCode() + ")");
        }
    }

    @Extension
    @Symbol("postHogNotifier")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PostHogNotifier_DisplayName();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            if (item == null || !item.hasPermission(Item.CONFIGURE)) {
                return new ListBoxModel();
            }
            return PostHogCredentialsResolver.listSecretTextCredentials(credentialsId);
        }

        public FormValidation doCheckEventName(@QueryParameter String value) {
            try {
                EventNameTemplate.parse(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
