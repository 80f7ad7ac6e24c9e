package com.lumenfield.catalog.web.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenfield.catalog.config.AppConfig;
import com.lumenfield.catalog.config.PostHogSettings;
import com.lumenfield.catalog.db.FlagOverrideRepository;
import com.lumenfield.catalog.web.AppContextListener;
import com.lumenfield.catalog.web.dto.ClientBootstrap;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /api/bootstrap?distinct_id=... : posthog-js init values plus pre-evaluated flags.
 */
@WebServlet(name = "flags", urlPatterns = "/api/bootstrap")
public class FlagsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(FlagsServlet.class);

    private PostHogSettings settings;
    private PostHogInterface posthog;
    private FlagOverrideRepository overrides;
    private ObjectMapper mapper;

    @Override
    public void init() {
        var ctx = getServletContext();
        settings = ((AppConfig) ctx.getAttribute(AppContextListener.ATTR_CONFIG)).posthog();
        posthog = (PostHogInterface) ctx.getAttribute(AppContextListener.ATTR_POSTHOG);
        overrides = (FlagOverrideRepository) ctx.getAttribute(AppContextListener.ATTR_OVERRIDES);
        mapper = (ObjectMapper) ctx.getAttribute(AppContextListener.ATTR_MAPPER);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String distinctId = req.getParameter("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "distinct_id is required");
            return;
        }

        Map<String, Boolean> flags = new LinkedHashMap<>();
        try {
            for (String flagKey : overrides.activeFlagKeys()) {
                flags.put(flagKey, posthog.isFeatureEnabled(distinctId, flagKey, false));
            }
        } catch (SQLException e) {
            log.error("Could not read flag catalog", e);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }

        ClientBootstrap bootstrap = ClientBootstrap.from(settings, distinctId, flags);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-PostHog-Project", settings.projectApiKey());
        mapper.writeValue(resp.getWriter(), bootstrap);
    }
}
