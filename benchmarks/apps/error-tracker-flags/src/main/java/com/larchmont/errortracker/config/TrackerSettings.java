package com.larchmont.errortracker.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

public class TrackerSettings {

    @NotEmpty
    private String environment = "production";

    private String codeVersion = "unknown";

    private String rollbarAccessToken;

    private String bugsnagApiKey;

    private List<String> notifyReleaseStages = List.of("production");

    @JsonProperty
    public String getEnvironment() {
        return environment;
    }

    @JsonProperty
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    @JsonProperty
    public String getCodeVersion() {
        return codeVersion;
    }

    @JsonProperty
    public void setCodeVersion(String codeVersion) {
        this.codeVersion = codeVersion;
    }

    @JsonProperty
    public String getRollbarAccessToken() {
        return rollbarAccessToken;
    }

    @JsonProperty
    public void setRollbarAccessToken(String rollbarAccessToken) {
        this.rollbarAccessToken = rollbarAccessToken;
    }

    @JsonProperty
    public String getBugsnagApiKey() {
        return bugsnagApiKey;
    }

    @JsonProperty
    public void setBugsnagApiKey(String bugsnagApiKey) {
        this.bugsnagApiKey = bugsnagApiKey;
    }

    @JsonProperty
    public List<String> getNotifyReleaseStages() {
        return notifyReleaseStages;
    }

    @JsonProperty
    public void setNotifyReleaseStages(List<String> notifyReleaseStages) {
        this.notifyReleaseStages = notifyReleaseStages;
    }

    public boolean isProduction() {
        return "production".equalsIgnoreCase(environment);
    }
}
