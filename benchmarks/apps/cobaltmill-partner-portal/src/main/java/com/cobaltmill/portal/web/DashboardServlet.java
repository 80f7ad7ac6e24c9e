package com.cobaltmill.portal.web;

import com.cobaltmill.portal.analytics.PostHogGateway;
import com.cobaltmill.portal.config.ConfigKeys;
import com.cobaltmill.portal.config.PortalConfig;
import com.cobaltmill.portal.util.Secrets;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Partner landing page, rendered by WEB-INF/jsp/dashboard.jsp. */
@WebServlet(urlPatterns = "/dashboard")
public class DashboardServlet extends HttpServlet {

    private static final Logger LOG = LogManager.getLogger(DashboardServlet.class);

    private PortalConfig config;
    private PostHogGateway posthog;

    @Override
    public void init() {
        config = (PortalConfig) getServletContext().getAttribute(ConfigKeys.CONFIG_ATTRIBUTE);
        posthog = (PostHogGateway) getServletContext().getAttribute(PostHogGateway.class.getName());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpSession session = req.getSession();
        String partnerId = (String) session.getAttribute("partnerId");
        if (partnerId == null) {
            log("Anonymous dashboard hit, session " + session.getId() + ", redirecting to login");
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }

        req.setAttribute("posthogProjectKey", config.getProjectApiKey());
        req.setAttribute("posthogHost", config.getHost());
        req.setAttribute("keyHint", Secrets.mask(config.getCredentials().getPersonalApiKey()));
        req.setAttribute("newReports", posthog.isEnabled(partnerId, "partner-reports-v2"));
        posthog.capture(partnerId, "dashboard viewed", Map.of("session_ref", Secrets.hash(session.getId())));
        LOG.debug("Dashboard for partner {} (session age {} s)", partnerId,
                (System.currentTimeMillis() - session.getCreationTime()) / 1000);
        req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp").forward(req, resp);
    }
}
