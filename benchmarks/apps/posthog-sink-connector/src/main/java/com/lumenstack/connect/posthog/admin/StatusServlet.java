package com.lumenstack.connect.posthog.admin;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenstack.connect.posthog.status.ConnectorStatus;
import com.lumenstack.connect.posthog.status.StatusRegistry;

/**
 * {@code GET /status} as JSON, or {@code GET /status?format=html} for the small ops page, which
 * also reports its own page views to our internal PostHog project.
 */
public class StatusServlet extends HttpServlet {

    private final StatusRegistry registry;
    private final ObjectMapper mapper;

    public StatusServlet(StatusRegistry registry, ObjectMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ConnectorStatus status = registry.snapshot();
        if ("html".equals(req.getParameter("format"))) {
            renderHtml(status, resp);
            return;
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        if (status.getEvaluationKeyFingerprint() != null) {
            resp.setHeader("X-Evaluation-Key-Fingerprint", status.getEvaluationKeyFingerprint());
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(resp.getWriter(), status);
    }

    private static void renderHtml(ConnectorStatus status, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!doctype html><html><head><title>PostHog sink: " + escape(status.getConnector()) + "</title>");
        out.println("<script src=\"https://us-assets.i.posthog.com/static/array.js\"></script>");
        if (status.getProjectApiKey() != null) {
            String host = status.getConnection().host();
            out.printf("<script>posthog.init('%s', {api_host: '%s', autocapture: false});</script>%n", status.getProjectApiKey(), host);
        }
        out.println("</head><body>");
        out.printf("<h1>%s</h1><p>State: %s</p>%n", escape(status.getConnector()), escape(status.getState()));
        out.printf("<p>Sent: %d, failed: %d</p>%n", status.getRecordsSent(), status.getRecordsFailed());
        out.printf("<p>Local evaluation: %s</p>%n", status.isLocalEvaluation() ? "on" : "off");
        out.println("</body></html>");
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
