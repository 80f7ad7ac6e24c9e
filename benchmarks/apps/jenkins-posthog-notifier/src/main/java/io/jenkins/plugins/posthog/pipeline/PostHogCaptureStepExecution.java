package io.jenkins.plugins.posthog.pipeline;

import com.posthog.server.PostHogInterface;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.posthog.PostHogDefaults;
import io.jenkins.plugins.posthog.PostHogGlobalConfiguration;
import io.jenkins.plugins.posthog.client.PostHogClientFactory;
import io.jenkins.plugins.posthog.credentials.PostHogCredentialsResolver;
import io.jenkins.plugins.posthog.model.ResolvedKeys;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

class PostHogCaptureStepExecution extends SynchronousNonBlockingStepExecution<Void> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(PostHogCaptureStepExecution.class.getName());

    private final transient PostHogCaptureStep step;

    PostHogCaptureStepExecution(PostHogCaptureStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    protected Void run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        EnvVars env = getContext().get(EnvVars.class);
        PrintStream log = listener.getLogger();
        PostHogGlobalConfiguration global = PostHogGlobalConfiguration.get();

        String projectKey = env.get(PostHogDefaults.PROJECT_API_KEY_ENV, global.getProjectApiKey());
        ResolvedKeys keys = step.getCredentialsId() != null
                ? PostHogCredentialsResolver.resolveForRun(run, projectKey, step.getCredentialsId())
                : new ResolvedKeys("env", projectKey, env.get(PostHogDefaults.PERSONAL_API_KEY_ENV));
        LOGGER.fine("postHogCapture in " + run.getExternalizableId() + " resolved " + keys);

        String personal = keys.personalApiKey();
        log.printf("[PostHog] Keys from %s, personal key present: %s (%d chars)%n",
                keys.source(), personal != null, personal == null ? 0 : personal.length());

        String host = step.getHost() != null ? step.getHost() : env.get(PostHogDefaults.HOST_ENV, global.getHost());
        String distinctId = step.getDistinctId() != null ? step.getDistinctId() : "jenkins:" + run.getParent().getFullName();
        Map<String, Object> props = new LinkedHashMap<>(step.getProperties());
        props.put("build_url", run.getUrl());
        props.put("build_number", run.getNumber());

        PostHogInterface client = PostHogClientFactory.forKeys(keys, host);
        try {
            client.capture(distinctId, step.getEvent(), props);
            client.flush();
        } finally {
            client.close();
        }
        log.println("[PostHog] Captured '" + step.getEvent() + "'");
        return null;
    }
}
