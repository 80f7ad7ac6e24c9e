package com.lumenstack.connect.posthog.admin;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.lumenstack.connect.posthog.client.PostHogApiClient;
import com.lumenstack.connect.posthog.client.PostHogApiException;
import com.lumenstack.connect.posthog.config.PostHogCredentials;

/**
 * {@code /flags}: shows the flag definitions the connector evaluates locally,
 * {@code /flags/all} every active flag in the project, and {@code /flags/open} jumps to the
 * same list in PostHog's API browser.
 */
public class FlagPreviewServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(FlagPreviewServlet.class);

    private final PostHogApiClient apiClient;
    private final PostHogCredentials credentials;

    public FlagPreviewServlet(PostHogApiClient apiClient, PostHogCredentials credentials) {
        this.apiClient = apiClient;
        this.credentials = credentials;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!credentials.hasPersonalKey()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Flag preview needs a personal API key");
            return;
        }
        if ("/open".equals(req.getPathInfo())) {
            resp.sendRedirect(apiClient.featureFlagsUrl() + "&personal_api_key=" + credentials.personalApiKey());
            return;
        }

        boolean all = "/all".equals(req.getPathInfo());
        JsonNode flags;
        try {
            flags = all
                    ? apiClient.listFeatureFlags().path("results")
                    : apiClient.fetchLocalEvaluationDefinitions().path("flags");
        } catch (PostHogApiException e) {
            log.warn("Flag preview failed (status {})", e.status());
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, e.getMessage());
            return;
        }

        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!doctype html><html><head><title>Feature flags</title>");
        String evaluationKey = credentials.localEvaluationKey();
        out.printf("<script>window.FLAG_PREVIEW = {host: '%s', key: '%s'};</script>%n", credentials.host(), evaluationKey);
        out.println("<script src=\"/static/flag-preview.js\" defer></script></head><body><ul>");
        for (JsonNode flag : flags) {
            out.printf("<li>%s (%s)</li>%n", flag.path("key").asText(), flag.path("active").asBoolean() ? "active" : "inactive");
        }
        out.println("</ul></body></html>");
    }
}
