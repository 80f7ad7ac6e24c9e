package io.jenkins.plugins.posthog;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.posthog.client.PostHogApiClient;
import io.jenkins.plugins.posthog.client.PostHogRequestException;
import io.jenkins.plugins.posthog.credentials.PostHogCredentialsResolver;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import io.jenkins.plugins.posthog.util.KeyMasker;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Controller-wide PostHog settings, editable under <em>Manage Jenkins &raquo; System</em>
 * and through Configuration as Code ({@code unclassified.postHog}).
 */
@Extension
@Symbol("postHog")
public class PostHogGlobalConfiguration extends GlobalConfiguration {

    private static final Logger LOGGER = Logger.getLogger(PostHogGlobalConfiguration.class.getName());

    private String host = PostHogDefaults.US_INGEST_HOST;
    private String projectApiKey;
    private Secret personalApiKey;
    private String credentialsId;
    private boolean debugLogging;
    private boolean uiAnalyticsEnabled;
    private int pollIntervalSeconds = PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS;
    private String dashboardId;

    public PostHogGlobalConfiguration() {
        load();
    }

    @NonNull
    public static PostHogGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(PostHogGlobalConfiguration.class);
    }

    public String getHost() {
        return host;
    }

    @DataBoundSetter
    public void setHost(String host) {
        this.host = Util.fixEmptyAndTrim(host) == null ? PostHogDefaults.US_INGEST_HOST : host.trim();
        save();
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    @DataBoundSetter
    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = Util.fixEmptyAndTrim(projectApiKey);
        save();
    }

    public Secret getPersonalApiKey() {
        return personalApiKey;
    }

    @DataBoundSetter
    public void setPersonalApiKey(Secret personalApiKey) {
        this.personalApiKey = personalApiKey;
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmpty(credentialsId);
        save();
    }

    public boolean isDebugLogging() {
        return debugLogging;
    }

    @DataBoundSetter
    public void setDebugLogging(boolean debugLogging) {
        this.debugLogging = debugLogging;
        save();
    }

    public boolean isUiAnalyticsEnabled() {
        return uiAnalyticsEnabled;
    }

    @DataBoundSetter
    public void setUiAnalyticsEnabled(boolean uiAnalyticsEnabled) {
        this.uiAnalyticsEnabled = uiAnalyticsEnabled;
        save();
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @DataBoundSetter
    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = Math.max(5, pollIntervalSeconds);
        save();
    }

    public String getDashboardId() {
        return dashboardId;
    }

    @DataBoundSetter
    public void setDashboardId(String dashboardId) {
        this.dashboardId = Util.fixEmptyAndTrim(dashboardId);
        save();
    }

    /**
     * Personal key from the credential store first, then the inline secret, then the controller environment.
     */
    @CheckForNull
    public String resolvePersonalApiKey() {
        if (credentialsId != null) {
            String fromStore = PostHogCredentialsResolver.lookupSecretText(credentialsId, null);
            if (fromStore != null) {
                return fromStore;
            }
        }
        if (personalApiKey != null && !personalApiKey.getPlainText().isEmpty()) {
            return personalApiKey.getPlainText();
        }
        LOGGER.fine("No personal API key configured, falling back to " + PostHogDefaults.PERSONAL_API_KEY_ENV);
        return Util.fixEmpty(System.getenv(PostHogDefaults.PERSONAL_API_KEY_ENV));
    }

    @NonNull
    public PostHogSettings toSettings() {
        return PostHogSettings.builder()
                .host(host)
                .projectApiKey(projectApiKey)
                .personalApiKey(resolvePersonalApiKey())
                .debug(debugLogging)
                .pollIntervalSeconds(pollIntervalSeconds)
                .build();
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        boolean result = super.configure(req, json);
        LOGGER.log(Level.CONFIG, "PostHog configuration saved: host={0}, project={1}, personal key {2}",
                new Object[] {host, projectApiKey, KeyMasker.mask(resolvePersonalApiKey())});
        return result;
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return PostHogCredentialsResolver.listSecretTextCredentials(credentialsId);
    }

    @POST
    public FormValidation doCheckProjectApiKey(@QueryParameter String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning(Messages.PostHogGlobalConfiguration_ProjectKeyMissing());
        }
        if (KeyMasker.isPersonalKey(value) || KeyMasker.isSecureFlagsKey(value)) {
            return FormValidation.error(Messages.PostHogGlobalConfiguration_ProjectKeyIsSecret());
        }
        return FormValidation.ok();
    }

    @POST
    public FormValidation doTestConnection(@QueryParameter String host,
                                           @QueryParameter Secret personalApiKey,
                                           @QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String key = credentialsId != null && !credentialsId.isEmpty()
                ? PostHogCredentialsResolver.lookupSecretText(credentialsId, null)
                : Secret.toString(personalApiKey);
        if (Util.fixEmpty(key) == null) {
            return FormValidation.error(Messages.PostHogGlobalConfiguration_NoPersonalKey());
        }
        try {
            PostHogApiClient api = new PostHogApiClient(PostHogApiClient.appHostFor(host), key);
            String email = api.fetchCurrentUserEmail();
            String flagsUrl = api.featureFlagsBrowseUrl();
            return FormValidation.okWithMarkup("Connected to PostHog as <b>" + Util.escape(email)
                    + "</b>. <a href=\"" + flagsUrl + "\" target=\"_blank\">Browse feature flags</a>");
        } catch (PostHogRequestException e) {
            LOGGER.log(Level.FINE, "Test connection failed", e);
            return FormValidation.error("PostHog answered HTTP " + e.getStatusCode());
        }
    }

    public boolean isPersonalKeyConfigured() {
        return resolvePersonalApiKey() != null;
    }
}
