package com.northwind.flagrelay.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagrelay.config.PollerCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Thin client for the PostHog private API endpoints the relay depends on.
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final String appHost;
    private final PollerCredentials credentials;

    public PostHogApiClient(CloseableHttpClient http, ObjectMapper mapper, String appHost, PollerCredentials credentials) {
        this.http = http;
        this.mapper = mapper;
        this.appHost = appHost.endsWith("/") ? appHost.substring(0, appHost.length() - 1) : appHost;
        this.credentials = credentials;
    }

    public FlagDefinitions fetchLocalEvaluation() throws PostHogApiException {
        String url = appHost + "/api/feature_flag/local_evaluation/?token="
                + URLEncoder.encode(credentials.projectApiKey(), StandardCharsets.UTF_8) + "&send_cohorts";
        HttpGet request = new HttpGet(url);
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.serverKey());
        request.setHeader(HttpHeaders.ACCEPT, "application/json");

        if (log.isTraceEnabled()) {
            log.trace("> GET {}", request.getRequestUri());
            for (Header header : request.getHeaders()) {
                log.trace("> {}: {}", header.getName(), header.getValue());
            }
        }

        try {
            return http.execute(request, response -> {
                int status = response.getCode();
                String body = readBody(response.getEntity());
                if (status == 401 || status == 403) {
                    throw new PostHogApiException(status, "PostHog returned " + status
                            + " for local_evaluation with key " + credentials.serverKey());
                }
                if (status >= 300) {
                    throw new PostHogApiException(status, "Unexpected status " + status + " from local_evaluation: " + body);
                }
                return mapper.readValue(body, FlagDefinitions.class);
            });
        } catch (PostHogApiException e) {
            throw e;
        } catch (IOException e) {
            throw new PostHogApiException(-1, "I/O error talking to " + appHost, e);
        }
    }

    private static String readBody(org.apache.hc.core5.http.HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try {
            return EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException("Unreadable response body", e);
        }
    }
}
