package com.northwind.exports.api.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import java.util.Map;

@JsonbNillable(false)
public class FrontendAnalyticsConfig {

    @JsonbProperty("apiKey")
    private String projectApiKey;

    @JsonbProperty("apiHost")
    private String apiHost;

    private String flagsKey;

    private Map<String, Object> bootstrapFlags;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
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

    public Map<String, Object> getBootstrapFlags() {
        return bootstrapFlags;
    }

    public void setBootstrapFlags(Map<String, Object> bootstrapFlags) {
        this.bootstrapFlags = bootstrapFlags;
    }
}
