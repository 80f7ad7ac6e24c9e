package com.acme.flags;

import com.acme.flags.auth.ApiTokenAuthenticator;
import com.acme.flags.posthog.PostHogSettings;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class FlagApiConfiguration extends Configuration {

    @Valid
    @NotNull
    private PostHogSettings posthog = new PostHogSettings();

    @Valid
    @NotNull
    private JerseyClientConfiguration httpClient = new JerseyClientConfiguration();

    @NotEmpty
    private String appBaseUrl;

    @NotEmpty
    private String environmentName = "local";

    @Valid
    private List<ApiTokenAuthenticator.TokenEntry> apiTokens = new ArrayList<>();

    /** admin user name -> bcrypt hash */
    private Map<String, String> adminUsers = new HashMap<>();

    @JsonProperty("posthog")
    public PostHogSettings getPostHog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPostHog(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    @JsonProperty("httpClient")
    public JerseyClientConfiguration getHttpClient() {
        return httpClient;
    }

    @JsonProperty("httpClient")
    public void setHttpClient(JerseyClientConfiguration httpClient) {
        this.httpClient = httpClient;
    }

    @JsonProperty
    public String getAppBaseUrl() {
        return appBaseUrl;
    }

    @JsonProperty
    public void setAppBaseUrl(String appBaseUrl) {
        this.appBaseUrl = appBaseUrl;
    }

    @JsonProperty
    public String getEnvironmentName() {
        return environmentName;
    }

    @JsonProperty
    public void setEnvironmentName(String environmentName) {
        this.environmentName = environmentName;
    }

    @JsonProperty
    public List<ApiTokenAuthenticator.TokenEntry> getApiTokens() {
        return apiTokens;
    }

    @JsonProperty
    public void setApiTokens(List<ApiTokenAuthenticator.TokenEntry> apiTokens) {
        this.apiTokens = apiTokens;
    }

    @JsonProperty
    public Map<String, String> getAdminUsers() {
        return adminUsers;
    }

    @JsonProperty
    public void setAdminUsers(Map<String, String> adminUsers) {
        this.adminUsers = adminUsers;
    }

    public boolean isLocal() {
        return "local".equalsIgnoreCase(environmentName);
    }
}
