package com.northwind.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.config.PortalSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Bootstrap JSON for the partner SPA: where PostHog lives and which keys to use. */
@Singleton
public class ClientConfigServlet extends HttpServlet {

    static final String FLAGS_KEY_HEADER = "X-PostHog-Flags-Key";

    /** Shape the SPA's posthog-js init expects. */
    record ClientBootstrap(String apiHost, String projectKey, String adminKey, boolean sessionRecording) {
    }

    private final PortalSettings settings;
    private final ObjectMapper mapper;

    @Inject
    public ClientConfigServlet(PortalSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ClientBootstrap bootstrap = new ClientBootstrap(settings.getPosthogHost(), settings.getProjectApiKey(),
                settings.getPersonalApiKey(), !"prod".equals(settings.getStage()));
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader(FLAGS_KEY_HEADER, settings.getProjectSecretKey());
        mapper.writeValue(resp.getWriter(), bootstrap);
    }
}
