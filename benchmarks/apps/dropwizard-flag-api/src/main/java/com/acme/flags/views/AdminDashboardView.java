package com.acme.flags.views;

import io.dropwizard.views.common.View;

/**
 * Admin console page; its script lists and toggles flags straight against PostHog's API.
 */
public class AdminDashboardView extends View {

    private final String user;
    private final long projectId;
    private final String apiHost;
    private final String personalApiKey;

    public AdminDashboardView(String user, long projectId, String apiHost, String personalApiKey) {
        super("admin-dashboard.mustache");
        this.user = user;
        this.projectId = projectId;
        this.apiHost = apiHost;
        this.personalApiKey = personalApiKey;
    }

    public String getUser() {
        return user;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }
}
