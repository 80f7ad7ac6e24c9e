package com.acme.posthog.admin.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.posthog.admin.PostHogAdminClient;
import com.acme.posthog.admin.error.PostHogApiException;
import com.acme.posthog.admin.model.FeatureFlag;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drop-in servlet for our web apps:
 * <ul>
 *   <li>{@code GET  /bootstrap} – flag values for posthog-js bootstrapping</li>
 *   <li>{@code POST /toolbar}   – session for the QA flag-override toolbar</li>
 *   <li>{@code GET  /export}    – CSV export of all flags</li>
 * </ul>
 * Register it with {@code ServletContext.addServlet("flags", new FlagsBootstrapServlet(client))}.
 */
public class FlagsBootstrapServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(FlagsBootstrapServlet.class);
    private static final Duration TOOLBAR_TTL = Duration.ofHours(8);
    private static final String PUBLIC_INGESTION_HOST = "https://eu.i.posthog.com";

    private final transient PostHogAdminClient client;
    private final transient ObjectMapper mapper;

    public FlagsBootstrapServlet(PostHogAdminClient client) {
        this.client = client;
        this.mapper = client.objectMapper();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/bootstrap" : req.getPathInfo();
        try {
            switch (path) {
                case "/bootstrap" -> writeBootstrap(req, resp);
                case "/export" -> resp.sendRedirect(client.flagsExportUrl().toString());
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (PostHogApiException e) {
            log.warn("Flag lookup failed with status {}", e.statusCode());
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, "PostHog error: " + e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/toolbar".equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!req.isUserInRole("qa")) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ToolbarSession session = new ToolbarSession(
                client.config().projectId(),
                client.config().host(),
                client.config().personalApiKey(),
                Instant.now().plus(TOOLBAR_TTL));
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        mapper.writeValue(resp.getWriter(), session);
    }

    private void writeBootstrap(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (FeatureFlag flag : client.listFlags()) {
            if (!flag.deleted()) {
                flags.put(flag.key(), flag.active());
            }
        }
        String distinctId = req.getParameter("distinct_id");
        BootstrapPayload payload = new BootstrapPayload(
                client.config().projectApiKey(), PUBLIC_INGESTION_HOST, distinctId, flags);
        resp.setContentType("application/json");
        mapper.writeValue(resp.getWriter(), payload);
    }
}
