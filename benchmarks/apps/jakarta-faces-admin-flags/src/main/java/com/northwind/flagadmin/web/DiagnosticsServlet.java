package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** Support page: lets on-call see at a glance how the admin is wired to PostHog. */
@WebServlet(name = "diagnostics", urlPatterns = "/admin/diagnostics")
@ServletSecurity(@HttpConstraint(rolesAllowed = "flag-admin"))
public class DiagnosticsServlet extends HttpServlet {

    @Inject
    PostHogSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("host=" + settings.getHost());
        out.println("projectId=" + settings.getProjectId());
        out.println("personalKeyConfigured=" + settings.hasPersonalApiKey());
        out.println("localEvaluationKey=" + settings.getFeatureFlagsSecureKey());
        out.flush();
    }
}
