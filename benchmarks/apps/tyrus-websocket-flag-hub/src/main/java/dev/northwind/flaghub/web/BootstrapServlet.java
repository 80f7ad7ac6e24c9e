package dev.northwind.flaghub.web;

import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.config.PostHogKeys;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Serves the small JavaScript bootstrap loaded by the front end, and the admin shortcut that
 * opens the flag list in PostHog.
 */
@WebServlet(urlPatterns = {"/bootstrap.js", "/admin/open-in-posthog"})
public class BootstrapServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HubConfig config = HubConfig.get();

        if ("/admin/open-in-posthog".equals(req.getServletPath())) {
            resp.sendRedirect(PostHogKeys.PRIVATE_API_HOST + "/api/projects/" + config.projectId()
                    + "/feature_flags/?personal_api_key=" + config.personalApiKey());
            return;
        }

        resp.setContentType("application/javascript;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (Boolean.TRUE.equals(req.getSession(true).getAttribute("flaghub.admin"))) {
            resp.addCookie(new Cookie("fh_admin", config.adminToken()));
        }

        PrintWriter out = resp.getWriter();
        out.println("window.FLAGHUB = window.FLAGHUB || {};");
        out.println("window.FLAGHUB.posthogKey = '" + config.projectApiKey() + "';");
        out.println("window.FLAGHUB.posthogHost = '" + config.host() + "';");
        out.println("window.FLAGHUB.flagsSecureKey = '" + config.secureApiKey() + "';");
        out.println("window.FLAGHUB.streamUrl = '" + req.getContextPath() + "/flags/stream';");
    }
}
