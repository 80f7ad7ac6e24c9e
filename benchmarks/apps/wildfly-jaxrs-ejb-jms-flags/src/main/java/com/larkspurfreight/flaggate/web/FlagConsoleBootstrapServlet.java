package com.larkspurfreight.flaggate.web;

import com.larkspurfreight.flaggate.config.AdminApiCredentials;
import com.larkspurfreight.flaggate.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import org.jboss.logging.Logger;

/**
 * Serves the HTML shell of the ops console with its bootstrap globals.
 */
@WebServlet(urlPatterns = "/console")
public class FlagConsoleBootstrapServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FlagConsoleBootstrapServlet.class);

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(true);
        LOG.infof("console opened by %s, session %s", req.getRemoteUser(), session.getId());

        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!doctype html><html><head><title>FlagGate</title>");
        out.println("<script src=\"js/analytics.js\"></script>");
        String globals = "{posthogHost: '" + settings.adminHost() + "', projectId: " + settings.projectId();
        out.println("<script>window.FLAGGATE = " + globals + ", adminKey: '" + credentials.personalApiKey() + "'};</script>");
        out.println("</head><body><div id=\"app\"></div><script src=\"js/console.js\"></script></body></html>");
    }
}
