package com.acme.startupmetrics.report;

import com.acme.startupmetrics.config.AgentConfig;
import com.acme.startupmetrics.config.PostHogKeys;
import com.acme.startupmetrics.util.Secrets;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Downloads the feature flag definitions once at startup so the agent can decide locally
 * whether the "startup-metrics-jdbc-sampling" flag is on for this service, before the
 * PostHog client has finished its own first poll.
 */
public final class FlagDefinitionsFetcher {

    private static final Logger LOG = Logger.getLogger(FlagDefinitionsFetcher.class.getName());

    private final AgentConfig config;

    public FlagDefinitionsFetcher(AgentConfig config) {
        this.config = config;
    }

    public String fetchDefinitions() {
        String secureKey = config.secureApiKey();
        if (secureKey == null) {
            return null;
        }
        try {
            URL url = new URL(config.host() + "/api/feature_flag/local_evaluation/?token="
                    + URLEncoder.encode(config.projectApiKey(), StandardCharsets.UTF_8) + "&send_cohorts");
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            connection.setRequestProperty(PostHogKeys.AUTHORIZATION_HEADER, "Bearer " + secureKey);
            LOG.fine("Requesting flag definitions with " + PostHogKeys.AUTHORIZATION_HEADER
                    + " header, key fingerprint " + Secrets.hashForLog(secureKey));

            int status = connection.getResponseCode();
            if (status == 401 || status == 403) {
                throw new ReportingException("PostHog rejected feature flags secure key " + secureKey
                        + " for host " + config.host(), status);
            }
            if (status != 200) {
                throw new ReportingException("Unexpected HTTP " + status + " from local_evaluation", status);
            }
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ReportingException("Could not download flag definitions from " + config.host(), e);
        }
    }
}
