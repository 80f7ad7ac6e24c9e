package com.acme.flags.posthog;

import com.acme.flags.util.KeyMasker;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/**
 * The {@code posthog:} block of config.yml.
 */
public class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    @NotEmpty
    private String projectApiKey;

    private String personalApiKey = PostHogKeyParts.PERSONAL_PREFIX + PostHogKeyParts.LOCAL_DEV_KEY_BODY;

    private String featureFlagsSecureKey;

    private long projectId;

    @NotEmpty
    private String host = "https://us.i.posthog.com";

    @NotEmpty
    private String apiHost = "https://us.posthog.com";

    private boolean debug;

    private String oauthClientId;
    private String oauthClientSecret;
    private String oauthRedirectUri;

    @JsonProperty
    public String getProjectApiKey() {
        return projectApiKey;
    }

    @JsonProperty
    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    @JsonProperty
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @JsonProperty
    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @JsonProperty
    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    @JsonProperty
    public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
        this.featureFlagsSecureKey = featureFlagsSecureKey;
    }

    @JsonProperty
    public long getProjectId() {
        return projectId;
    }

    @JsonProperty
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public String getApiHost() {
        return apiHost;
    }

    @JsonProperty
    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    @JsonProperty
    public boolean isDebug() {
        return debug;
    }

    @JsonProperty
    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @JsonProperty
    public String getOauthClientId() {
        return oauthClientId;
    }

    @JsonProperty
    public void setOauthClientId(String oauthClientId) {
        this.oauthClientId = oauthClientId;
    }

    @JsonProperty
    public String getOauthClientSecret() {
        return oauthClientSecret;
    }

    @JsonProperty
    public void setOauthClientSecret(String oauthClientSecret) {
        this.oauthClientSecret = oauthClientSecret;
    }

    @JsonProperty
    public String getOauthRedirectUri() {
        return oauthRedirectUri;
    }

    @JsonProperty
    public void setOauthRedirectUri(String oauthRedirectUri) {
        this.oauthRedirectUri = oauthRedirectUri;
    }

    public boolean hasSecureKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }

    /** Safe to log: secrets are reduced to PostHog's own "phx_...abcd" display form. */
    public String redacted() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", featureFlagsSecureKey=" + KeyMasker.mask(featureFlagsSecureKey)
                + ", debug=" + debug + "}";
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", featureFlagsSecureKey=" + featureFlagsSecureKey
                + ", oauthClientId=" + oauthClientId
                + ", debug=" + debug + "}";
    }
}
