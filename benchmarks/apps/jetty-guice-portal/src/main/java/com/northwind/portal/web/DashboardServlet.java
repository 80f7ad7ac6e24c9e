package com.northwind.portal.web;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.analytics.FlagAdminClient;
import com.northwind.portal.analytics.FlagApiException;
import com.northwind.portal.analytics.FlagSyncJob;
import com.northwind.portal.config.PortalSettings;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Admin dashboard: flag overview plus the PostHog snippet for the page itself. */
@Singleton
public class DashboardServlet extends HttpServlet {

    private final PortalSettings settings;
    private final FlagSyncJob flags;
    private final FlagAdminClient flagAdmin;

    @Inject
    public DashboardServlet(PortalSettings settings, FlagSyncJob flags, FlagAdminClient flagAdmin) {
        this.settings = settings;
        this.flags = flags;
        this.flagAdmin = flagAdmin;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.setAttribute("flags", flags.snapshot());
        req.setAttribute("posthogHost", settings.getPosthogHost());
        req.setAttribute("posthogProjectKey", settings.getProjectApiKey());
        // the flag editor evaluates flags in the browser with the secure key
        req.setAttribute("flagsSecureKey", settings.getProjectSecretKey());
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }

    /** "Check PostHog now" button: fails loudly so the admin sees why flags are stale. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        try {
            int count = flagAdmin.listFlags().size();
            resp.sendRedirect(req.getContextPath() + "/admin/dashboard?checked=" + count);
        } catch (FlagApiException e) {
            throw new ServletException("PostHog flag check failed", e);
        }
    }
}
