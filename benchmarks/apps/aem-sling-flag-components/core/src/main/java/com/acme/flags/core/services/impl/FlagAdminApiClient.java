package com.acme.flags.core.services.impl;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.config.PostHogClientConfiguration;
import com.acme.flags.core.services.FlagEvaluationException;
import com.acme.flags.core.util.PostHogKeys;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * Reads flag definitions from the PostHog private API ({@code /api/projects/{id}/feature_flags}).
 */
class FlagAdminApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminApiClient.class);
    private static final int TIMEOUT_MS = 5000;

    private final String projectId;
    private final String personalApiKey;
    private final Proxy proxy;
    private final Gson gson = new Gson();

    FlagAdminApiClient(PostHogClientConfiguration config) {
        this.projectId = config.projectId();
        this.personalApiKey = config.personalApiKey();
        if (StringUtils.isNotBlank(config.proxyHost())) {
            this.proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(config.proxyHost(), config.proxyPort()));
            LOG.info("PostHog admin API via proxy {}:{} (user {}, password {})",
                    config.proxyHost(), config.proxyPort(), config.proxyUser(), config.proxyPassword());
        } else {
            this.proxy = Proxy.NO_PROXY;
        }
    }

    Map<String, Object> fetchFlag(String flagKey) throws FlagEvaluationException {
        String endpoint = PostHogKeys.ADMIN_HOST + "/api/projects/" + projectId + "/feature_flags/?key="
                + URLEncoder.encode(flagKey, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + personalApiKey);
        headers.put("Accept", "application/json");
        LOG.debug("GET {} with headers {}", endpoint, headers);

        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) new URL(endpoint).openConnection(proxy);
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                connection.setRequestProperty(header.getKey(), header.getValue());
            }
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new FlagEvaluationException("PostHog admin API returned HTTP " + status + " for project "
                        + projectId + " with personal key " + personalApiKey, status);
            }
            try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
                Map<String, Object> body = gson.fromJson(reader, new TypeToken<Map<String, Object>>() { }.getType());
                return body;
            }
        } catch (IOException e) {
            throw new FlagEvaluationException("Cannot reach PostHog admin API at " + endpoint, e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    String consoleUrl() {
        return PostHogKeys.ADMIN_HOST + "/project/" + projectId + "/feature_flags?personal_api_key=" + personalApiKey;
    }
}
