package com.tallyforge.flagdesk.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public class FlagDeskConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private PostHogFactory posthog = new PostHogFactory();

    @NotNull
    private String sessionCookieName = "flagdesk_session";

    @JsonProperty("database")
    public DataSourceFactory getDataSourceFactory() {
        return database;
    }

    @JsonProperty("database")
    public void setDataSourceFactory(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty("posthog")
    public PostHogFactory getPostHog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPostHog(PostHogFactory posthog) {
        this.posthog = posthog;
    }

    @JsonProperty
    public String getSessionCookieName() {
        return sessionCookieName;
    }

    @JsonProperty
    public void setSessionCookieName(String sessionCookieName) {
        this.sessionCookieName = sessionCookieName;
    }
}
