package io.northwind.flagportal.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.northwind.flagportal.config.PortalSettings;
import io.northwind.flagportal.posthog.FlagApiException;
import io.northwind.flagportal.posthog.FlagCatalogClient;
import io.northwind.flagportal.posthog.FlagSummary;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

@WebServlet("/flags")
public class FlagDashboardServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FlagDashboardServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Subject subject = SecurityUtils.getSubject();
        String username = (String) subject.getPrincipal();
        Serializable sessionId = subject.getSession().getId();
        LOG.fine("Dashboard requested by " + username + " in session " + sessionId);

        PortalSettings settings = PortalSettings.current();
        List<FlagSummary> flags;
        try {
            flags = FlagCatalogClient.fromSettings(settings).listFlags();
        } catch (FlagApiException e) {
            LOG.log(Level.WARNING, "Flag catalog unavailable (HTTP {0})", e.getStatus());
            flags = List.of();
        }

        req.setAttribute("username", username);
        req.setAttribute("projectName", "Northwind Storefront");
        req.setAttribute("flags", flags);
        req.setAttribute("posthogProjectKey", settings.getProjectApiKey());
        req.setAttribute("posthogHost", settings.getHost());
        if (subject.hasRole("flag-admin")) {
            req.setAttribute("catalogKey", settings.getPersonalApiKey());
        }
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }
}
