package com.northwind.enricher.http;

import com.northwind.enricher.config.EnricherConfig;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

public class DashboardBootstrapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient EnricherConfig config;

    public DashboardBootstrapServlet(EnricherConfig config) {
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "max-age=300");
        PrintWriter out = resp.getWriter();
        out.println("window.ENRICHER_DASHBOARD = window.ENRICHER_DASHBOARD || {};");
        out.printf("window.ENRICHER_DASHBOARD.posthogKey = '%s';%n", config.getProjectApiKey());
        out.printf("window.ENRICHER_DASHBOARD.posthogHost = '%s';%n", config.getPostHogHost());
        out.printf("window.ENRICHER_DASHBOARD.flagsKey = '%s';%n", config.getFlagsSecureKey());
        out.println("posthog.init(window.ENRICHER_DASHBOARD.posthogKey, {api_host: window.ENRICHER_DASHBOARD.posthogHost});");
    }
}
