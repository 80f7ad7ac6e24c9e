package com.northwind.flagdesk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagdesk.config.PostHogSettings;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

public class FlagDeskConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private JerseyClientConfiguration httpClient = new JerseyClientConfiguration();

    @Valid
    @NotNull
    private PostHogSettings posthog = new PostHogSettings();

    @NotEmpty
    private String authRealm = "flagdesk";

    @NotEmpty
    private String dashboardUrl;

    @JsonProperty("database")
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty("database")
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty("httpClient")
    public JerseyClientConfiguration getHttpClient() {
        return httpClient;
    }

    @JsonProperty("httpClient")
    public void setHttpClient(JerseyClientConfiguration httpClient) {
        this.httpClient = httpClient;
    }

    @JsonProperty("posthog")
    public PostHogSettings getPosthog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPosthog(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    @JsonProperty
    public String getAuthRealm() {
        return authRealm;
    }

    @JsonProperty
    public void setAuthRealm(String authRealm) {
        this.authRealm = authRealm;
    }

    @JsonProperty
    public String getDashboardUrl() {
        return dashboardUrl;
    }

    @JsonProperty
    public void setDashboardUrl(String dashboardUrl) {
        this.dashboardUrl = dashboardUrl;
    }
}
