package com.northwind.reports.service;

import com.northwind.reports.client.PostHogApiClient;
import com.northwind.reports.client.PostHogApiClient.ProjectInfo;
import com.northwind.reports.config.PostHogConstants;
import com.northwind.reports.config.PostHogProperties;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the settings shown on the admin "Integrations" page.
 */
@Singleton
public class IntegrationSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationSettingsService.class);

    private final PostHogProperties props;
    private final PostHogApiClient apiClient;

    public IntegrationSettingsService(PostHogProperties props, PostHogApiClient apiClient) {
        this.props = props;
        this.apiClient = apiClient;
    }

    public SettingsView describe() {
        return new SettingsView(props.getProjectId(), projectName(), props.getHost(),
                props.getProjectApiKey(), props.getPersonalApiKey());
    }

    public SettingsView describeMasked() {
        return new SettingsView(props.getProjectId(), projectName(), props.getHost(),
                props.getProjectApiKey(), mask(props.getPersonalApiKey()));
    }

    private String projectName() {
        try {
            ProjectInfo info = apiClient.getProject(props.getProjectId(),
                    "Bearer " + PostHogConstants.WAREHOUSE_APP_OAUTH_TOKEN);
            return info.name();
        } catch (HttpClientResponseException e) {
            LOG.warn("Could not load PostHog project {}: HTTP {}", props.getProjectId(), e.getStatus().getCode());
            return "unknown";
        }
    }

    /** Same shape PostHog uses in its own UI: first four and last four characters. */
    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Serdeable
    public record SettingsView(String projectId,
                               String projectName,
                               String host,
                               String projectApiKey,
                               String personalApiKey) {
    }
}
