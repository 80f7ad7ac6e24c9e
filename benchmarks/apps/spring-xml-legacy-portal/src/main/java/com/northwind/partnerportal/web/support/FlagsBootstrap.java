package com.northwind.partnerportal.web.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class FlagsBootstrap implements Serializable {

    private static final long serialVersionUID = 1L;

    private String distinctId;
    private String projectApiKey;
    private String apiHost;
    private String flagsSecureKey;
    private Map<String, Boolean> flags;

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

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public void setFlagsSecureKey(String flagsSecureKey) {
        this.flagsSecureKey = flagsSecureKey;
    }

    public Map<String, Boolean> getFlags() {
        return flags;
    }

    public void setFlags(Map<String, Boolean> flags) {
        this.flags = flags;
    }
}
