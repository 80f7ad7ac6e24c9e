package com.acme.flags.core.servlets;

import java.io.IOException;

import javax.servlet.Servlet;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.apache.sling.servlets.annotations.SlingServletPaths;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.acme.flags.core.services.FlagDiagnostics;
import com.acme.flags.core.services.PostHogClientService;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * {@code /bin/acme/flags/diagnostics}: health page used by authors and the support team.
 * {@code ?open=console} jumps to the flag list in PostHog.
 */
@Component(service = Servlet.class)
@SlingServletPaths("/bin/acme/flags/diagnostics")
public class FlagDiagnosticsServlet extends SlingSafeMethodsServlet {

    private static final long serialVersionUID = 1L;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    @Reference
    private transient PostHogClientService postHog;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        if ("console".equals(request.getParameter("open"))) {
            response.sendRedirect(postHog.getFlagsConsoleUrl());
            return;
        }
        FlagDiagnostics diagnostics = postHog.getDiagnostics();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(GSON.toJson(diagnostics));
    }
}
