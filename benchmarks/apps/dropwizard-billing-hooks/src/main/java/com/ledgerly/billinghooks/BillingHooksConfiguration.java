package com.ledgerly.billinghooks;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

public class BillingHooksConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private PostHogSettings posthog = new PostHogSettings();

    @NotEmpty
    private String webhookSigningSecret;

    @NotEmpty
    private String adminApiToken;

    @JsonProperty("database")
    public DataSourceFactory getDataSourceFactory() {
        return database;
    }

    @JsonProperty("database")
    public void setDataSourceFactory(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty("posthog")
    public PostHogSettings getPostHog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPostHog(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    @JsonProperty
    public String getWebhookSigningSecret() {
        return webhookSigningSecret;
    }

    @JsonProperty
    public void setWebhookSigningSecret(String webhookSigningSecret) {
        this.webhookSigningSecret = webhookSigningSecret;
    }

    @JsonProperty
    public String getAdminApiToken() {
        return adminApiToken;
    }

    @JsonProperty
    public void setAdminApiToken(String adminApiToken) {
        this.adminApiToken = adminApiToken;
    }
}
