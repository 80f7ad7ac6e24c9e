package com.brindlewood.tenantportal.web.servlet;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.brindlewood.tenantportal.analytics.AnalyticsService;
import com.brindlewood.tenantportal.config.PostHogSettings;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.model.FlagBootstrapPayload;
import com.brindlewood.tenantportal.web.filter.AuthenticationFilter;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;

/** GET /api/flags/bootstrap - consumed by the portal SPA and the mobile web view. */
@WebServlet(urlPatterns = "/api/flags/bootstrap")
public class FlagsApiServlet extends HttpServlet {

    private static final List<String> BOOTSTRAP_FLAGS =
            List.of("new-billing-ui", "maintenance-banner", "bulk-lease-upload");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TenantUser user = (TenantUser) req.getAttribute(AuthenticationFilter.USER_ATTR);
        PostHogSettings settings =
                (PostHogSettings) getServletContext().getAttribute(PortalBootstrapListener.POSTHOG_SETTINGS);
        AnalyticsService analytics =
                (AnalyticsService) getServletContext().getAttribute(PortalBootstrapListener.ANALYTICS);

        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAP_FLAGS) {
            flags.put(flag, analytics.flagValue(flag, user.distinctId()));
        }
        FlagBootstrapPayload payload = new FlagBootstrapPayload(user.distinctId(), flags,
                settings.getProjectApiKey(), settings.getSecureApiKey(), settings.getHost());

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (user.isAdmin()) {
            resp.setHeader("X-PostHog-Admin-Key", settings.getPersonalApiKey());
        }
        resp.getWriter().write(payload.toJson());
    }
}
