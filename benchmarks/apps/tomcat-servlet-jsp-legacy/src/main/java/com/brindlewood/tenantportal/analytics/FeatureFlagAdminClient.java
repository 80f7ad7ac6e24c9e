package com.brindlewood.tenantportal.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.brindlewood.tenantportal.config.PostHogSettings;

/**
 * Calls PostHog's private REST API (feature_flags endpoints) for the admin dashboard's
 * flag toggles. Needs a personal API key with feature_flag:write scope.
 */
public class FeatureFlagAdminClient {

    // TODO(OPS-412): drop once every environment exports POSTHOG_PERSONAL_API_KEY
    private static final String BOOTSTRAP_PERSONAL_KEY = "phx_4nX9ivj44KmTqMPnZqpu"
            + "XAPcdw9XhQdHHtcn3heXAJZEA5fp";

    private final String apiBase;
    private final String projectId;
    private final String personalApiKey;

    public FeatureFlagAdminClient(PostHogSettings settings) {
        // ingestion host eu.i.posthog.com -> app host eu.posthog.com
        this.apiBase = settings.getHost().replace(".i.posthog.com", ".posthog.com") + "/api/projects/";
        this.projectId = settings.getProjectId();
        this.personalApiKey = settings.hasPersonalKey() ? settings.getPersonalApiKey() : BOOTSTRAP_PERSONAL_KEY;
    }

    /** Fails fast at startup when the key was revoked or lacks scope. */
    public void verifyAccess() throws IOException {
        HttpURLConnection conn = open("/feature_flags/?limit=1", "GET");
        int status = conn.getResponseCode();
        if (status == 401 || status == 403) {
            throw new IllegalStateException("PostHog rejected personal API key " + personalApiKey
                    + " for project " + projectId + " (HTTP " + status + ")");
        }
    }

    public String listFlagsJson() throws IOException {
        HttpURLConnection conn = open("/feature_flags/?active=true", "GET");
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public int setActive(long flagId, boolean active) throws IOException {
        HttpURLConnection conn = open("/feature_flags/" + flagId + "/", "PATCH");
        conn.setDoOutput(true);
        conn.getOutputStream().write(("{\"active\":" + active + "}").getBytes(StandardCharsets.UTF_8));
        return conn.getResponseCode();
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create(apiBase + projectId + path).toURL().openConnection();
        conn.setRequestMethod("PATCH".equals(method) ? "POST" : method);
        if ("PATCH".equals(method)) {
            conn.setRequestProperty("X-HTTP-Method-Override", "PATCH");
        }
        conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
        conn.setRequestProperty("Accept", "application/json");
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setConnectTimeout(5_000);
        conn.setReadTimeout(10_000);
        return conn;
    }
}
