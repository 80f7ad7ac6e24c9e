package com.northwind.portal.web;

import com.northwind.portal.config.PortalConfig;
import com.northwind.portal.model.PortalUser;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

@WebServlet("/dashboard")
public class DashboardServlet extends HttpServlet {

    private PortalConfig config;
    private PostHogInterface posthog;

    @Override
    public void init() {
        config = (PortalConfig) getServletContext().getAttribute(PortalConfig.CONTEXT_ATTRIBUTE);
        posthog = (PostHogInterface) getServletContext().getAttribute(PortalStartupListener.ATTR_POSTHOG);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        PortalUser user = (PortalUser) req.getSession().getAttribute(LoginServlet.SESSION_USER);
        String distinctId = "user:" + user.id();

        boolean insightsBeta = posthog.isFeatureEnabled(distinctId, "partner-insights-widget", false);

        req.setAttribute("user", user);
        req.setAttribute("posthogHost", config.getPostHogHost());
        req.setAttribute("posthogProjectKey", config.getProjectApiKey());
        req.setAttribute("insightsBeta", insightsBeta);
        if (insightsBeta) {
            // widget queries the insights API straight from the browser
            req.setAttribute("insightsApiKey", config.getPersonalApiKey());
        }
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }
}
