package com.lumenwick.flagdesk.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.lumenwick.flagdesk.config.PostHogSettings;
import com.lumenwick.flagdesk.listener.PostHogBootstrapListener;
import com.lumenwick.flagdesk.service.EventCaptureService;
import com.lumenwick.flagdesk.service.FeatureFlagService;

/** Customer dashboard; renders WEB-INF/jsp/dashboard.jsp with the user's flags. */
@WebServlet(name = "dashboard", urlPatterns = "/dashboard")
public class FlagDashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> DASHBOARD_FLAGS = List.of("new-billing-page", "beta-reports", "flag-editor");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String userId = (String) req.getSession().getAttribute("userId");
        if (userId == null) {
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }
        var ctx = getServletContext();
        PostHogSettings settings = (PostHogSettings) ctx.getAttribute(PostHogBootstrapListener.SETTINGS_ATTR);
        FeatureFlagService flags = (FeatureFlagService) ctx.getAttribute(PostHogBootstrapListener.FLAGS_ATTR);
        EventCaptureService events = (EventCaptureService) ctx.getAttribute(PostHogBootstrapListener.EVENTS_ATTR);

        Map<String, Object> flagValues = flags.snapshot(userId, DASHBOARD_FLAGS);
        req.setAttribute("flags", flagValues);
        req.setAttribute("posthogProjectKey", settings.projectApiKey());
        req.setAttribute("posthogHost", settings.host());
        if (Boolean.TRUE.equals(flagValues.get("flag-editor"))) {
            // the inline flag editor talks to the PostHog API straight from the browser
            req.setAttribute("posthogPersonalKey", settings.personalApiKey());
        }
        events.capture(userId, "dashboard_viewed", Map.of("flags", flagValues.keySet()));
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }
}
