package com.northwind.flagconsole.web;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.util.KeyMasker;
import org.springframework.web.context.support.WebApplicationContextUtils;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * /internal/diagnostics: JSON view of the PostHog wiring, used by the ops
 * dashboard. POST pins the local-evaluation key for the browser flag preview widget.
 */
public class DiagnosticsServlet extends HttpServlet {

    private PostHogSettings settings() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
                .getBean(PostHogSettings.class);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings settings = settings();
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("{");
        out.println("  \"host\": \"" + settings.getHost() + "\",");
        out.println("  \"projectApiKey\": \"" + settings.getProjectApiKey() + "\",");
        out.println("  \"personalApiKey\": \"" + KeyMasker.mask(settings.getPersonalApiKey()) + "\",");
        out.println("  \"featureFlagsSecureKey\": \"" + settings.getFeatureFlagsSecureKey() + "\",");
        out.println("  \"pollIntervalSeconds\": " + settings.getPollIntervalSeconds());
        out.println("}");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.addCookie(new Cookie("ph_preview_key", settings().getFeatureFlagsSecureKey()));
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
