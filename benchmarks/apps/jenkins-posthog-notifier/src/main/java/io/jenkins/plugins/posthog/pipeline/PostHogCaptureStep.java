package io.jenkins.plugins.posthog.pipeline;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code postHogCapture event: 'deploy finished', properties: [env: 'prod'], credentialsId: 'posthog-personal'}
 */
public class PostHogCaptureStep extends Step implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String event;
    private String distinctId;
    private String credentialsId;
    private String host;
    private Map<String, Object> properties = new LinkedHashMap<>();

    @DataBoundConstructor
    public PostHogCaptureStep(String event) {
        this.event = event;
    }

    public String getEvent() {
        return event;
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

    public String getHost() {
        return host;
    }

    @DataBoundSetter
    public void setHost(String host) {
        this.host = Util.fixEmptyAndTrim(host);
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    @DataBoundSetter
    public void setProperties(Map<String, Object> properties) {
        this.properties = properties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(properties);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PostHogCaptureStepExecution(this, context);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        @Override
        public String getFunctionName() {
            return "postHogCapture";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Capture a PostHog event";
        }

        @Override
        public Set<? extends Class<?>> getProvidedContext() {
            return Collections.emptySet();
        }
    }
}
