package com.acme.flags.karaf.servlet;

import com.acme.flags.karaf.model.FlagSnapshot;
import com.acme.flags.karaf.posthog.FlagAdminClient;
import com.acme.flags.karaf.posthog.FlagService;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the PostHog bootstrap document for the back-office single page app:
 * GET /flags/bootstrap and GET /flags/bootstrap/console.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("flag-bootstrap")
@HttpWhiteboardServletPattern("/flags/bootstrap/*")
public class BootstrapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient FlagService flagService;

    @Reference
    private transient FlagAdminClient adminClient;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/console".equals(req.getPathInfo())) {
            String target = adminClient.config().consoleUrl()
                    + "?personal_api_key=" + URLEncoder.encode(flagService.localEvaluationKey(), StandardCharsets.UTF_8);
            resp.sendRedirect(target);
            return;
        }

        FlagSnapshot snapshot = flagService.currentSnapshot();
        String flags = snapshot.getFlags().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.addCookie(new Cookie("ph_eval", flagService.localEvaluationKey()));

        PrintWriter out = resp.getWriter();
        out.write("{\"apiKey\":\"" + flagService.projectApiKey() + "\",");
        out.write("\"apiHost\":\"" + flagService.host() + "\",");
        out.write("\"localEvaluationKey\":\"" + snapshot.getPersonalApiKey() + "\",");
        out.write("\"featureFlags\":" + flags + "}");
    }
}
