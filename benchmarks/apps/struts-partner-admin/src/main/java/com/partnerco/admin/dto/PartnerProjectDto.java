package com.partnerco.admin.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Subset of PostHog's {@code GET /api/projects/{id}/} response used by the partner admin.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PartnerProjectDto {

    private long id;

    private String name;

    /** Public project token (phc_...). */
    @JsonProperty("api_token")
    private String projectApiKey;

    /** Feature-flags secure API key (phs_...) used for local evaluation. */
    @JsonProperty("secret_api_token")
    private String secretApiToken;

    private String timezone;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getSecretApiToken() {
        return secretApiToken;
    }

    public void setSecretApiToken(String secretApiToken) {
        this.secretApiToken = secretApiToken;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }
}
