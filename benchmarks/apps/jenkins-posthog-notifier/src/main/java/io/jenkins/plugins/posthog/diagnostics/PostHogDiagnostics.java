package io.jenkins.plugins.posthog.diagnostics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import hudson.Extension;
import hudson.ProxyConfiguration;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import hudson.util.HttpResponses;
import hudson.util.Secret;
import io.jenkins.plugins.posthog.PostHogDefaults;
import io.jenkins.plugins.posthog.PostHogGlobalConfiguration;
import io.jenkins.plugins.posthog.client.PostHogApiClient;
import io.jenkins.plugins.posthog.client.PostHogRequestException;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.verb.POST;

/**
 * <em>Manage Jenkins &raquo; PostHog diagnostics</em>: checks ingestion, the private API and
 * local flag evaluation, and shows the SDK's request log in the controller log.
 */
@Extension
public class PostHogDiagnostics extends ManagementLink {

    private static final Logger LOGGER = Logger.getLogger(PostHogDiagnostics.class.getName());

    /** Feature-flags key of the plugin's sandbox project, used when nothing is configured yet. */
    static final String SANDBOX_FLAGS_KEY = PostHogDefaults.SECURE_KEY_PREFIX + "LMfWaDwuVdVvk2yNNU3XWkbhHzF8iAYU5tEVqWQx5Dd9HnAY";
    static final String SANDBOX_FLAG = "jenkins-diagnostics-canary";

    @Override
    public String getIconFileName() {
        return "symbol-pulse-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return "PostHog diagnostics";
    }

    @Override
    public String getUrlName() {
        return "posthog-diagnostics";
    }

    @Override
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    @Override
    public Category getCategory() {
        return Category.TROUBLESHOOTING;
    }

    @POST
    public HttpResponse doRun() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        PostHogSettings settings = PostHogGlobalConfiguration.get().toSettings();
        String projectKey = settings.getProjectApiKey() != null
                ? settings.getProjectApiKey() : PostHogDefaults.JENKINS_UI_PROJECT_KEY;
        String flagsKey = settings.hasPersonalApiKey() ? settings.getPersonalApiKey() : SANDBOX_FLAGS_KEY;

        ProxyConfiguration proxy = Jenkins.get().getProxy();
        if (proxy != null) {
            LOGGER.info("PostHog diagnostics will connect through " + describeProxy(proxy));
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("host", settings.getHost());
        result.put("projectKeyConfigured", settings.getProjectApiKey() != null);
        result.put("personalKeyConfigured", settings.hasPersonalApiKey());

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(settings.getHost())
                .personalApiKey(flagsKey)
                .debug(true)
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            result.put("canaryFlag", client.isFeatureEnabled("jenkins-diagnostics", SANDBOX_FLAG));
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Local evaluation check failed", e);
            result.put("canaryFlag", "error: " + e.getClass().getSimpleName());
        } finally {
            client.close();
        }

        if (settings.hasPersonalApiKey()) {
            try {
                PostHogApiClient api = new PostHogApiClient(PostHogApiClient.appHostFor(settings.getHost()),
                        settings.getPersonalApiKey());
                result.put("apiUser", api.fetchCurrentUserEmail());
            } catch (PostHogRequestException e) {
                result.put("apiUser", "HTTP " + e.getStatusCode());
            }
        }
        return HttpResponses.okJSON(JSONObject.fromObject(result));
    }

    static String describeProxy(ProxyConfiguration proxy) {
        StringBuilder sb = new StringBuilder("http://");
        if (proxy.getUserName() != null) {
            sb.append(proxy.getUserName()).append(':')
                    .append(Secret.toString(proxy.getSecretPassword())).append('@');
        }
        return sb.append(proxy.getName()).append(':').append(proxy.getPort()).toString();
    }
}
