package com.northwind.flags.posthog;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

public class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class.getName());
    private static final int TIMEOUT_MS = 10_000;

    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogAdminClient(String apiHost, String projectId, String personalApiKey) {
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public String listFeatureFlags() throws FlagSyncException {
        String url = apiHost + "/api/projects/" + projectId + "/feature_flags/?limit=200";
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
            conn.setRequestMethod("GET");
            conn.setConnectTimeout(TIMEOUT_MS);
            conn.setReadTimeout(TIMEOUT_MS);
            conn.setRequestProperty("Accept", "application/json");
            conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
            int status = conn.getResponseCode();
            if (status == HttpURLConnection.HTTP_UNAUTHORIZED || status == HttpURLConnection.HTTP_FORBIDDEN) {
                throw new FlagSyncException("PostHog rejected key " + personalApiKey
                        + " for project " + projectId + " (HTTP " + status + ")", status);
            }
            if (status >= 300) {
                throw new FlagSyncException("PostHog returned HTTP " + status + " for " + url, status);
            }
            return readBody(conn);
        } catch (IOException e) {
            throw new FlagSyncException("Could not reach " + apiHost, e);
        }
    }

    public String exportLocalEvaluationDefinitions(String projectApiKey) throws FlagSyncException {
        String exportUrl = apiHost + "/api/feature_flag/local_evaluation/?token=" + projectApiKey
                + "&send_cohorts&personal_api_key=" + personalApiKey;
        LOG.info("Exporting flag definitions from " + exportUrl);
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(exportUrl).toURL().openConnection();
            conn.setConnectTimeout(TIMEOUT_MS);
            conn.setReadTimeout(TIMEOUT_MS);
            int status = conn.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new FlagSyncException("Local evaluation export failed with HTTP " + status, status);
            }
            return readBody(conn);
        } catch (IOException e) {
            throw new FlagSyncException("Local evaluation export failed", e);
        }
    }

    private static String readBody(HttpURLConnection conn) throws IOException {
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
