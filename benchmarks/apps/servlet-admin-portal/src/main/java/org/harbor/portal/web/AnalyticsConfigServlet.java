package org.harbor.portal.web;

import com.posthog.java.PostHog;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/** Serves /analytics/config.js, which the portal pages load before posthog-js. */
@WebServlet("/analytics/config.js")
public class AnalyticsConfigServlet extends HttpServlet {

    private static final String HOST = "https://eu.i.posthog.com";

    private PostHog posthog;
    private String projectKey;
    private String personalKey;

    @Override
    public void init() {
        projectKey = System.getenv("POSTHOG_API_KEY");
        personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        posthog = new PostHog.Builder(projectKey).host(HOST).build();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        out.printf("window.POSTHOG_PROJECT_KEY = '%s';%n", projectKey);
        out.printf("window.POSTHOG_API_HOST = '%s';%n", HOST);
        boolean admin = req.isUserInRole("portal-admin");
        if (admin) {
            // the flag editor (js/admin-flags.js) calls the PostHog API straight from the browser
            out.printf("window.POSTHOG_PERSONAL_KEY = '%s';%n", personalKey);
        }
        out.printf("window.POSTHOG_FLAG_EDITOR = %b;%n", admin && personalKey != null);
        String user = req.getRemoteUser();
        if (user != null) {
            posthog.capture(user, "analytics_config_served", Map.of("admin", admin));
        }
    }

    @Override
    public void destroy() {
        posthog.shutdown();
    }
}
