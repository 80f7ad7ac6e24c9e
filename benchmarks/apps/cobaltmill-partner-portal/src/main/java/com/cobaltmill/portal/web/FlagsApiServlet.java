package com.cobaltmill.portal.web;

import com.cobaltmill.portal.analytics.FeatureFlagClient;
import com.cobaltmill.portal.analytics.FlagLookupException;
import com.cobaltmill.portal.config.ConfigKeys;
import com.cobaltmill.portal.config.PortalConfig;
import com.cobaltmill.portal.util.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** JSON endpoints used by the partner widget (widget.js) and the flag admin page. */
@WebServlet(urlPatterns = {"/api/flags", "/api/widget-bootstrap"})
public class FlagsApiServlet extends HttpServlet {

    private static final Logger LOG = LogManager.getLogger(FlagsApiServlet.class);

    private PortalConfig config;
    private FeatureFlagClient flags;

    @Override
    public void init() {
        config = (PortalConfig) getServletContext().getAttribute(ConfigKeys.CONFIG_ATTRIBUTE);
        flags = new FeatureFlagClient(config);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        if (req.getServletPath().equals("/api/widget-bootstrap")) {
            writeBootstrap(req, resp);
            return;
        }
        try {
            List<String> keys = flags.activeFlagKeys();
            JsonArrayBuilder array = Json.createArrayBuilder();
            keys.forEach(array::add);
            resp.setHeader("X-PostHog-Project", String.valueOf(config.getProjectId()));
            resp.getWriter().write(Json.createObjectBuilder().add("flags", array).build().toString());
        } catch (FlagLookupException e) {
            LOG.error("Flag lookup failed for project {} with status {}", config.getProjectId(), e.getStatus());
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, e.getMessage());
        }
    }

    private void writeBootstrap(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String personalApiKey = config.getCredentials().getPersonalApiKey();
        boolean admin = req.isUserInRole("partner-admin");
        PrintWriter out = resp.getWriter();
        out.printf("{\"projectKey\":\"%s\",\"apiHost\":\"%s\",\"keyHint\":\"%s\"",
                config.getProjectApiKey(), config.getHost(), Secrets.mask(personalApiKey));
        resp.addCookie(new Cookie("ph_project", config.getProjectApiKey()));
        if (admin) {
            // the flag admin page edits flags straight from the browser
            out.printf(",\"flagsKey\":\"%s\"", personalApiKey);
            resp.addCookie(new Cookie("ph_flags_key", personalApiKey));
        }
        out.print("}");
    }
}
