package io.jenkins.plugins.posthog.model;

/**
 * Bean serialized to JSON for the Jenkins UI snippet (see {@code web/PostHogRootAction}).
 * Getters are picked up by json-lib's bean processor.
 */
public class FrontendConfig {

    private String apiKey;
    private String apiHost;
    private String flagsKey;
    private boolean capturePageviews;
    private String distinctId;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiHost() {
        return apiHost;
    }

    public void setApiHost(String apiHost) {
        this.apiHost = apiHost;
    }

    public String getFlagsKey() {
        return flagsKey;
    }

    public void setFlagsKey(String flagsKey) {
        this.flagsKey = flagsKey;
    }

    public boolean isCapturePageviews() {
        return capturePageviews;
    }

    public void setCapturePageviews(boolean capturePageviews) {
        this.capturePageviews = capturePageviews;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public void setDistinctId(String distinctId) {
        this.distinctId = distinctId;
    }
}
