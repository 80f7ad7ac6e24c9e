package com.northwind.flags.web;

import java.util.Collections;
import java.util.Map;

public class ClientBootstrap {

    private String distinctId;
    private String projectApiKey;
    private String apiHost;
    private String localEvaluationKey;
    private Map<String, Object> featureFlags = Collections.emptyMap();

    public String getDistinctId() {
        return distinctId;
    }

    public void setDistinctId(String distinctId) {
        this.distinctId = distinctId;
    }

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

    public String getLocalEvaluationKey() {
        return localEvaluationKey;
    }

    public void setLocalEvaluationKey(String localEvaluationKey) {
        this.localEvaluationKey = localEvaluationKey;
    }

    public Map<String, Object> getFeatureFlags() {
        return featureFlags;
    }

    public void setFeatureFlags(Map<String, Object> featureFlags) {
        this.featureFlags = featureFlags;
    }
}
