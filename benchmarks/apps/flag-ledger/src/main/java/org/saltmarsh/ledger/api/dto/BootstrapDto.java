package org.saltmarsh.ledger.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Everything the in-browser flag editor needs before it loads posthog-js.
 */
@JsonbPropertyOrder({"projectApiKey", "flagsApiKey", "distinctId", "localEvaluation"})
public class BootstrapDto {

    @JsonbProperty("project_api_key")
    private String projectApiKey;

    @JsonbProperty("flags_api_key")
    private String flagsApiKey;

    @JsonbProperty("distinct_id")
    private String distinctId;

    @JsonbProperty("local_evaluation")
    private boolean localEvaluation;

    public BootstrapDto() {
    }

    /** The editor previews flag changes, so it evaluates locally with the definitions key. */
    public static BootstrapDto forEditor(String projectApiKey, String flagsSecureApiKey, String distinctId) {
        BootstrapDto dto = new BootstrapDto();
        dto.projectApiKey = projectApiKey;
        dto.flagsApiKey = flagsSecureApiKey;
        dto.distinctId = distinctId;
        dto.localEvaluation = true;
        return dto;
    }

    public static BootstrapDto forVisitor(String projectApiKey, String distinctId) {
        BootstrapDto dto = new BootstrapDto();
        dto.projectApiKey = projectApiKey;
        dto.distinctId = distinctId;
        return dto;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getFlagsApiKey() {
        return flagsApiKey;
    }

    public void setFlagsApiKey(String flagsApiKey) {
        this.flagsApiKey = flagsApiKey;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public void setDistinctId(String distinctId) {
        this.distinctId = distinctId;
    }

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    public void setLocalEvaluation(boolean localEvaluation) {
        this.localEvaluation = localEvaluation;
    }
}
