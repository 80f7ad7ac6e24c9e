package com.brindlewood.tenantportal.web.servlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.brindlewood.tenantportal.config.PostHogSettings;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.util.Secrets;
import com.brindlewood.tenantportal.web.filter.AuthenticationFilter;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;
import com.brindlewood.tenantportal.web.listener.SessionAuditListener;

/** /admin/diagnostics - plain-text health page for the support team. */
@WebServlet(urlPatterns = "/admin/diagnostics")
public class AdminDiagnosticsServlet extends HttpServlet {

    static final String FLAG_TOOL_COOKIE = "bw_flag_tool";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!isAdmin(req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PostHogSettings settings = settings();

        if ("posthog".equals(req.getParameter("open"))) {
            // deep link into the PostHog flag list for the project, already authenticated
            String appHost = settings.getHost().replace(".i.posthog.com", ".posthog.com");
            resp.sendRedirect(appHost + "/api/projects/" + settings.getProjectId()
                    + "/feature_flags/?personal_api_key="
                    + URLEncoder.encode(settings.getPersonalApiKey(), StandardCharsets.UTF_8));
            return;
        }

        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("server:            " + getServletContext().getServerInfo());
        out.println("active sessions:   " + SessionAuditListener.activeSessions());
        out.println("posthog host:      " + settings.getHost());
        out.println("project key:       " + settings.getProjectApiKey());
        out.println("personal key:      " + Secrets.mask(settings.getPersonalApiKey()));
        out.println("secure flags key:  " + (settings.hasSecureKey() ? "configured" : "missing"));
        out.println("flag admin:        " + (getServletContext().getAttribute(PortalBootstrapListener.FLAG_ADMIN) != null));
    }

    /** "Remember PostHog access on this browser" button used by the flag tool bookmarklet. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!isAdmin(req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Cookie cookie = new Cookie(FLAG_TOOL_COOKIE, settings().getPersonalApiKey());
        cookie.setPath(req.getContextPath() + "/admin");
        cookie.setSecure(true);
        cookie.setMaxAge(60 * 60 * 8);
        resp.addCookie(cookie);
        resp.sendRedirect(req.getContextPath() + "/admin/diagnostics");
    }

    private PostHogSettings settings() {
        return (PostHogSettings) getServletContext().getAttribute(PortalBootstrapListener.POSTHOG_SETTINGS);
    }

    private static boolean isAdmin(HttpServletRequest req) {
        Object user = req.getSession().getAttribute(AuthenticationFilter.USER_ATTR);
        return user instanceof TenantUser tenantUser && tenantUser.isAdmin();
    }
}
