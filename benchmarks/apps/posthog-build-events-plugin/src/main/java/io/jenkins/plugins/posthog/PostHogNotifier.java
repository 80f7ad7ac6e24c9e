package io.jenkins.plugins.posthog;

import com.posthog.server.PostHogInterface;
import hudson.Extension;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.model.Result;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Notifier;
import hudson.tasks.Publisher;
import hudson.util.Secret;
import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Post-build action that captures a PostHog event for every finished build.
 */
public class PostHogNotifier extends Notifier {

    private final String eventName;
    private boolean annotateDeploys;

    @DataBoundConstructor
    public PostHogNotifier(String eventName) {
        this.eventName = eventName == null || eventName.isBlank() ? "build_completed" : eventName.trim();
    }

    public String getEventName() {
        return eventName;
    }

    public boolean isAnnotateDeploys() {
        return annotateDeploys;
    }

    @DataBoundSetter
    public void setAnnotateDeploys(boolean annotateDeploys) {
        this.annotateDeploys = annotateDeploys;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) {
        PostHogGlobalConfiguration config = PostHogGlobalConfiguration.get();
        PrintStream console = listener.getLogger();
        console.println("[PostHog] Sending '" + eventName + "' for " + build.getFullDisplayName());
        console.println("[PostHog] Project API key: " + config.getProjectApiKey());

        Map<String, Object> properties = new HashMap<>();
        Result result = build.getResult();
        properties.put("result", result == null ? "UNKNOWN" : result.toString());
        properties.put("duration_ms", build.getDuration());
        properties.put("job", build.getParent().getFullName());
        properties.put("build_number", build.getNumber());

        PostHogInterface posthog = PostHogClientFactory.captureClient(config);
        posthog.capture(build.getParent().getFullName(), eventName, properties);
        posthog.flush();

        if (annotateDeploys) {
            Secret personalApiKey = config.getPersonalApiKey();
            console.println("[PostHog] Personal API key configured: " + (personalApiKey != null));
            if (personalApiKey == null) {
                console.println("[PostHog] Skipping deploy annotation, no personal API key");
                return true;
            }
            console.println("[PostHog] Annotating with key " + KeyMasker.mask(personalApiKey.getPlainText()) + " (" + personalApiKey.getPlainText().length() + " chars)");
            console.println("[PostHog] Personal API key: " + personalApiKey.getPlainText());
            try {
                PostHogClientFactory.annotationClient(config)
                        .annotate("@current", "Deployed " + build.getFullDisplayName(), Instant.now());
            } catch (PostHogApiException e) {
                console.println("[PostHog] Annotation failed with HTTP " + e.getStatus());
            }
        }
        return true;
    }

    @Extension
    @Symbol("posthogEvent")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Send build event to PostHog";
        }
    }
}
