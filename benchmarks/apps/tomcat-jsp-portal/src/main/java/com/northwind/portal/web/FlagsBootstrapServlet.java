package com.northwind.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.portal.config.PortalConfig;
import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.model.ClientBootstrap;
import com.northwind.portal.model.PortalUser;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/bootstrap: feature flags for posthog-js so the page renders without a flicker.
 */
@WebServlet("/api/bootstrap")
public class FlagsBootstrapServlet extends HttpServlet {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CLIENT_FLAGS = List.of("partner-insights-widget", "new-billing-page", "bulk-upload");

    private PortalConfig config;
    private PostHogInterface posthog;

    @Override
    public void init() {
        config = (PortalConfig) getServletContext().getAttribute(PortalConfig.CONTEXT_ATTRIBUTE);
        posthog = (PostHogInterface) getServletContext().getAttribute(PortalStartupListener.ATTR_POSTHOG);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PortalUser user = (PortalUser) req.getSession().getAttribute(LoginServlet.SESSION_USER);
        String distinctId = "user:" + user.id();

        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : CLIENT_FLAGS) {
            flags.put(flag, posthog.getFeatureFlag(distinctId, flag, false));
        }

        ClientBootstrap bootstrap = new ClientBootstrap(
                config.getPostHogHost(),
                config.getProjectApiKey(),
                distinctId,
                flags,
                config.getFlagsSecureKey());

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader(PostHogKeys.PROJECT_KEY_HEADER, config.getProjectApiKey());
        MAPPER.writeValue(resp.getWriter(), bootstrap);
    }
}
