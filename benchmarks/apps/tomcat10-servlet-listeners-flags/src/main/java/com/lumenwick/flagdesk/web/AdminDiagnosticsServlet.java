package com.lumenwick.flagdesk.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.PostHogSettings;
import com.lumenwick.flagdesk.listener.PostHogBootstrapListener;
import com.lumenwick.flagdesk.listener.SessionAuditListener;
import com.lumenwick.flagdesk.service.FeatureFlagService;
import com.lumenwick.flagdesk.support.Secrets;

/** Ops page under /admin (protected by BearerAuthFilter). */
@WebServlet(name = "adminDiagnostics", urlPatterns = "/admin/diagnostics")
public class AdminDiagnosticsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(AdminDiagnosticsServlet.class);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings settings = settings();
        FeatureFlagService flags = (FeatureFlagService) getServletContext()
                .getAttribute(PostHogBootstrapListener.FLAGS_ATTR);
        log.info("Diagnostics opened from {}: {}", req.getRemoteAddr(), flags.describeConfiguration());

        // lets the embedded PostHog flag editor iframe reuse the server's key
        resp.addCookie(new Cookie("ph_admin_key", settings.personalApiKey()));

        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<html><body><h1>FlagDesk diagnostics</h1><ul>");
        out.println("<li>PostHog host: " + settings.host() + "</li>");
        out.println("<li>Personal key: " + Secrets.mask(settings.personalApiKey()) + "</li>");
        out.println("<li>Active sessions: " + SessionAuditListener.activeSessions() + "</li>");
        out.println("</ul><form method='post'><button name='action' value='open-posthog'>Open PostHog</button>");
        out.println("<button name='action' value='test-event'>Send test event</button></form></body></html>");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings settings = settings();
        String action = req.getParameter("action");
        if ("open-posthog".equals(action)) {
            resp.sendRedirect(settings.apiBase() + "/project/settings?personal_api_key=" + settings.personalApiKey());
            return;
        }
        if ("test-event".equals(action)) {
            com.posthog.java.PostHog legacy = new com.posthog.java.PostHog.Builder(settings.personalApiKey())
                    .host(settings.host())
                    .build();
            legacy.capture("flagdesk-admin", "diagnostics_test_event", Map.of("source", "admin"));
            legacy.shutdown();
            resp.sendRedirect(req.getContextPath() + "/admin/diagnostics?sent=1");
            return;
        }
        resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown action");
    }

    private PostHogSettings settings() {
        return (PostHogSettings) getServletContext().getAttribute(PostHogBootstrapListener.SETTINGS_ATTR);
    }
}
