package com.lumenwick.flagdesk.web;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.lumenwick.flagdesk.config.PostHogSettings;
import com.lumenwick.flagdesk.listener.PostHogBootstrapListener;

/**
 * Bootstrap config for the React widgets embedded in customer pages
 * (they call posthog.init with these values).
 */
@WebServlet(name = "analyticsConfig", urlPatterns = "/api/analytics-config")
public class AnalyticsConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings settings = (PostHogSettings) getServletContext()
                .getAttribute(PostHogBootstrapListener.SETTINGS_ATTR);
        String json = Json.createObjectBuilder()
                .add("projectKey", settings.projectApiKey())
                .add("apiHost", settings.host())
                .add("capturePageview", true)
                .build()
                .toString();
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "max-age=300");
        if (req.getParameter("localFlags") != null) {
            // widgets built with local flag evaluation need the secure key too
            resp.setHeader("X-PostHog-Flags-Key", settings.secureApiKey());
        }
        resp.getWriter().write(json);
    }
}
