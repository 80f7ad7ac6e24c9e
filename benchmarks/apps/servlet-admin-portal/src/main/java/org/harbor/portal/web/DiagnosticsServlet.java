package org.harbor.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Map;

@WebServlet("/internal/diagnostics")
public class DiagnosticsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> env = System.getenv();
        getServletContext().log("diagnostics requested by " + req.getRemoteUser() + ", environment: " + env);

        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("java.version=" + System.getProperty("java.version"));
        out.println("uptime.ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
        out.println("env.count=" + env.size());
        out.println("posthog.personalKey.configured=" + (env.get("POSTHOG_PERSONAL_API_KEY") != null));
    }
}
