package com.northwind.nifi.posthog.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for PostHog's private API (feature-flag definitions, shared insights).
 */
public class PostHogAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final String apiHost;
    private final String personalApiKey;

    public PostHogAdminClient(final String captureHost, final String personalApiKey) {
        this.apiHost = captureHost.replace(".i.posthog.com", ".posthog.com");
        this.personalApiKey = personalApiKey;
    }

    public String fetchFlagDefinitions(final String projectId) throws IOException {
        final URL url = URI.create(apiHost + "/api/projects/" + projectId + "/feature_flags/?limit=200").toURL();
        final HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("GET");
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(10_000);
        connection.setRequestProperty("Authorization", "Bearer " + personalApiKey);

        final int status = connection.getResponseCode();
        if (status == HttpURLConnection.HTTP_UNAUTHORIZED) {
            LOG.warn(String.format("PostHog rejected 'Authorization: Bearer %s' for project %s", personalApiKey, projectId));
            throw new IOException("PostHog API answered 401 for project " + projectId);
        }
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    /** Link to the project's insights export, opened by operators from the NiFi status route. */
    public URI sharedDashboardUri(final String projectId) {
        final URI uri = URI.create(apiHost + "/api/projects/" + projectId
                + "/insights/?format=csv&personal_api_key=" + personalApiKey);
        LOG.info("Built dashboard export link {}", uri);
        return uri;
    }
}
