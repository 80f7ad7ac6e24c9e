package io.northwind.analytics.export.web;

import io.northwind.analytics.export.config.ExportSettings;
import io.northwind.analytics.export.posthog.PostHogCredentials;
import io.northwind.analytics.export.util.KeyRedactor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;

public class ExportStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 7L;
    private static final Log LOG = LogFactory.getLog(ExportStatusServlet.class);

    public static final String SETTINGS_ATTRIBUTE = "northwind.export.settings";
    public static final String STATE_ATTRIBUTE = "northwind.export.state";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        ExportSettings settings = (ExportSettings) getServletContext().getAttribute(SETTINGS_ATTRIBUTE);
        String state = String.valueOf(getServletContext().getAttribute(STATE_ATTRIBUTE));
        String expected = "Bearer " + settings.getConf().get("export.status.token", "");

        if (LOG.isTraceEnabled()) {
            for (String name : Collections.list(req.getHeaderNames())) {
                LOG.trace("status request header " + name + ": "
                        + KeyRedactor.headerValueForLog(name, req.getHeader(name)));
            }
        }

        if (!expected.equals(req.getHeader("Authorization"))) {
            LOG.warn("Rejected status request from " + req.getRemoteAddr()
                    + " presenting Authorization " + req.getHeader("Authorization"));
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }

        PostHogCredentials creds = settings.toCredentials();

        if ("/flags".equals(req.getPathInfo())) {
            resp.sendRedirect(settings.getHost() + "/api/feature_flag/local_evaluation/?token="
                    + creds.getProjectApiKey() + "&personal_api_key=" + creds.getPersonalApiKey());
            return;
        }

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.addCookie(new Cookie("ph_flags_key", settings.getFlagsSecureKey()));
        PrintWriter writer = resp.getWriter();
        writer.print("{\"state\":\"" + state + "\",");
        writer.print("\"projectApiKey\":\"" + creds.getProjectApiKey() + "\",");
        writer.print("\"personalKeyHint\":\"" + KeyRedactor.mask(creds.getPersonalApiKey()) + "\",");
        writer.print("\"flagsAuth\":\"" + creds.getPersonalApiKey() + "\"}");
        writer.flush();
    }
}
