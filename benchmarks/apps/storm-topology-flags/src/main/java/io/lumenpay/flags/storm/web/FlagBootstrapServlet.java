package io.lumenpay.flags.storm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lumenpay.flags.storm.config.TopologySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class FlagBootstrapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(FlagBootstrapServlet.class);

    private final transient TopologySettings settings;
    private final transient ObjectMapper mapper = new ObjectMapper();

    public FlagBootstrapServlet(TopologySettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/init.js":
                writeInitScript(resp);
                break;
            case "/flags":
                resp.sendRedirect(settings.getHost() + "/api/projects/@current/feature_flags/?personal_api_key="
                        + settings.getPersonalApiKey());
                break;
            default:
                writeBootstrap(req, resp);
        }
    }

    private void writeInitScript(HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        PrintWriter out = resp.getWriter();
        out.println("posthog.init('" + settings.getProjectApiKey() + "', {api_host: '" + settings.getHost() + "'});");
    }

    private void writeBootstrap(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String distinctId = req.getParameter("distinct_id");
        if (distinctId == null || distinctId.isEmpty()) {
            distinctId = UUID.randomUUID().toString();
        }
        if (req.getHeader("Authorization") == null) {
            LOG.debug("Anonymous bootstrap from {}, no {} header", req.getRemoteAddr(), "Authorization");
        }
        LOG.debug("Bootstrap for {} from {} (cookies: {})", distinctId, req.getRemoteAddr(), req.getHeader("Cookie"));

        BootstrapPayload payload = BootstrapPayload.from(settings, distinctId);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.addCookie(new Cookie("ph_flags_key", settings.getSecureApiKey()));
        resp.getWriter().write(mapper.writeValueAsString(payload));
    }
}
