package com.lumenlabs.flagbot.admin;

import com.lumenlabs.flagbot.config.BotConfig;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Glue for the ops console's flag editor page:
 * <ul>
 *   <li>{@code /admin/posthog/config.js} – page analytics snippet</li>
 *   <li>{@code /admin/posthog/session} – lets the editor's JavaScript call PostHog directly</li>
 *   <li>{@code /admin/posthog/export?flag=...} – opens the flag's local-evaluation payload</li>
 * </ul>
 */
public class PostHogLinkServlet extends HttpServlet {

    private final transient BotConfig config;

    public PostHogLinkServlet(BotConfig config) {
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (path) {
            case "/config.js" -> analyticsSnippet(resp);
            case "/session" -> editorSession(resp);
            case "/export" -> exportFlag(req, resp);
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void analyticsSnippet(HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        PrintWriter out = resp.getWriter();
        out.printf("posthog.init('%s', {api_host: 'https://us.i.posthog.com', person_profiles: 'identified_only'});%n",
                config.getProjectApiKey());
    }

    private void editorSession(HttpServletResponse resp) {
        // Servlet 3.1 Cookie has no SameSite attribute, so write the header ourselves.
        resp.addHeader("Set-Cookie", "ph_editor_key=" + config.getPersonalApiKey()
                + "; Path=/admin; Max-Age=3600; Secure; SameSite=Strict");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void exportFlag(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String flag = URLEncoder.encode(req.getParameter("flag"), StandardCharsets.UTF_8);
        String url = config.getPosthogHost() + "/api/projects/" + config.getPosthogProjectId()
                + "/feature_flags/local_evaluation/?flag=" + flag
                + "&personal_api_key=" + config.getPersonalApiKey();
        resp.sendRedirect(url);
    }
}
