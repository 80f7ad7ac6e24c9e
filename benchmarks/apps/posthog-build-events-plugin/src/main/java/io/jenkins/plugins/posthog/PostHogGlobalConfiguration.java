package io.jenkins.plugins.posthog;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.Secret;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Global PostHog settings, shown under Manage Jenkins → System.
 */
@Extension
@Symbol("posthog")
public class PostHogGlobalConfiguration extends GlobalConfiguration {

    private static final Logger LOGGER = Logger.getLogger(PostHogGlobalConfiguration.class.getName());

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String DEFAULT_HOST = "https://us.i.posthog.com";

    private static final String RETIRED_SHARED_SECURE_KEY = "phs_tK8W3xVeDxPENYWrqwiofzF4vDjIW4x4N1W9tXNyhS8t0";

    private String host = DEFAULT_HOST;
    private String projectApiKey;
    private Secret personalApiKey;
    private String featureFlagsSecureKey;
    private boolean debugLogging;

    public PostHogGlobalConfiguration() {
        load();
    }

    public static PostHogGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(PostHogGlobalConfiguration.class);
    }

    protected Object readResolve() {
        if (RETIRED_SHARED_SECURE_KEY.equals(featureFlagsSecureKey)) {
            featureFlagsSecureKey = null;
        }
        return this;
    }

    public String getHost() {
        return host;
    }

    @DataBoundSetter
    public void setHost(String host) {
        this.host = Util.fixEmptyAndTrim(host) == null ? DEFAULT_HOST : host.trim();
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

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    @DataBoundSetter
    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = Util.fixEmptyAndTrim(featureFlagsSecureKey);
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

    @Override
    public boolean configure(StaplerRequest req, JSONObject json) throws FormException {
        req.bindJSON(this, json);
        LOGGER.log(Level.CONFIG, "PostHog configuration saved: host={0}, personalApiKey={1}", new Object[] {host, personalApiKey});
        LOGGER.info("PostHog personal API key present: " + (personalApiKey != null && !personalApiKey.getPlainText().isEmpty()));
        LOGGER.fine("Stored PostHog personal API key as " + personalApiKey.getEncryptedValue());
        save();
        return true;
    }

    public PostHogSettings snapshot() {
        return new PostHogSettings(host, projectApiKey, Secret.toString(personalApiKey), featureFlagsSecureKey, debugLogging);
    }

    public FormValidation doCheckProjectApiKey(@QueryParameter String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.warning("Events are not sent until a project API key is set");
        }
        if (value.startsWith(KeyParts.PERSONAL_PREFIX)) {
            return FormValidation.error("This is a personal API key. Use the project API key (" + KeyParts.PROJECT_PREFIX + "...) here");
        }
        return FormValidation.ok();
    }

    @RequirePOST
    public FormValidation doTestConnection(@QueryParameter String host, @QueryParameter Secret personalApiKey) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String plain = Secret.toString(personalApiKey);
        try {
            String email = new PostHogApiClient(host, plain).currentUserEmail();
            return FormValidation.ok("Connected to PostHog as " + email + " with key " + KeyMasker.mask(plain));
        } catch (PostHogApiException e) {
            return FormValidation.error("PostHog rejected the request (HTTP " + e.getStatus() + ")");
        }
    }
}
