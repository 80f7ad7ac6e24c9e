package com.brindlewood.tenantportal.web.servlet;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.brindlewood.tenantportal.analytics.AnalyticsService;
import com.brindlewood.tenantportal.config.PostHogSettings;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.web.filter.AuthenticationFilter;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;

@WebServlet(urlPatterns = "/app/dashboard")
public class DashboardServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        TenantUser user = (TenantUser) req.getSession().getAttribute(AuthenticationFilter.USER_ATTR);
        PostHogSettings settings =
                (PostHogSettings) getServletContext().getAttribute(PortalBootstrapListener.POSTHOG_SETTINGS);
        AnalyticsService analytics =
                (AnalyticsService) getServletContext().getAttribute(PortalBootstrapListener.ANALYTICS);

        req.setAttribute("user", user);
        req.setAttribute("newBillingUi", analytics.isEnabled("new-billing-ui", user.distinctId()));
        req.setAttribute("posthogProjectKey", settings.getProjectApiKey());
        req.setAttribute("posthogHost", settings.getHost());

        if (user.isAdmin()) {
            // the flag toggle widget on the admin dashboard calls the PostHog API straight from the page
            req.setAttribute("posthogAdminKey", settings.getPersonalApiKey());
            req.setAttribute("posthogProjectId", settings.getProjectId());
        }
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }
}
