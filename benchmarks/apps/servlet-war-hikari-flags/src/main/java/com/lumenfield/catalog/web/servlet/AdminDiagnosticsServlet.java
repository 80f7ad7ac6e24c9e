package com.lumenfield.catalog.web.servlet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenfield.catalog.config.AppConfig;
import com.lumenfield.catalog.config.PostHogSettings;
import com.lumenfield.catalog.flags.RuleLexer;
import com.lumenfield.catalog.posthog.PostHogApiClient;
import com.lumenfield.catalog.posthog.PostHogApiException;
import com.lumenfield.catalog.posthog.PostHogClientFactory;
import com.lumenfield.catalog.util.Secrets;
import com.lumenfield.catalog.web.AppContextListener;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /admin/diagnostics: PostHog connectivity, flag definitions and a rule syntax check.
 * Behind {@code ApiKeyAuthFilter}.
 */
@WebServlet(name = "adminDiagnostics", urlPatterns = "/admin/diagnostics")
public class AdminDiagnosticsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(AdminDiagnosticsServlet.class);

    private PostHogSettings settings;
    private PostHogApiClient api;
    private ObjectMapper mapper;
    private final RuleLexer lexer = new RuleLexer();

    @Override
    public void init() {
        var ctx = getServletContext();
        settings = ((AppConfig) ctx.getAttribute(AppContextListener.ATTR_CONFIG)).posthog();
        api = (PostHogApiClient) ctx.getAttribute(AppContextListener.ATTR_POSTHOG_API);
        mapper = (ObjectMapper) ctx.getAttribute(AppContextListener.ATTR_MAPPER);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        log.info("Diagnostics requested from {}; personal key {}", req.getRemoteAddr(), Secrets.mask(settings.personalApiKey()));
        boolean raw = Boolean.parseBoolean(req.getParameter("raw"));

        Map<String, Object> diag = new LinkedHashMap<>();
        diag.put("posthogHost", settings.host());
        diag.put("projectApiKey", settings.projectApiKey());
        diag.put("personalApiKey", raw ? settings.personalApiKey() : Secrets.mask(settings.personalApiKey()));
        diag.put("localEvaluationCredential", settings.localEvaluationKeyKind());

        String rule = req.getParameter("rule");
        if (rule != null) {
            try {
                diag.put("ruleTokens", lexer.tokenize(rule).size());
            } catch (IllegalArgumentException e) {
                diag.put("ruleError", e.getMessage());
            }
        }
        String evaluateAs = req.getParameter("evaluate_as");
        try {
            JsonNode definitions = api.listFeatureFlags();
            diag.put("flagDefinitions", definitions.path("count").asInt());
            if (evaluateAs != null) {
                diag.put("evaluation", api.evaluateFlags(evaluateAs).path("flags"));
            }
        } catch (PostHogApiException e) {
            log.error("Could not load flag definitions: {}", e.getMessage());
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }

        resp.setContentType("application/json");
        mapper.writeValue(resp.getWriter(), diag);
    }

    /** POST /admin/diagnostics: runs a verbose client for one poll cycle so ops can watch the SDK traffic. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogInterface tracing = PostHogClientFactory.createTracing(settings);
        try {
            boolean enabled = tracing.isFeatureEnabled("diagnostics", "catalog-new-search", false);
            resp.setContentType("text/plain");
            resp.getWriter().println("catalog-new-search for 'diagnostics': " + enabled);
        } finally {
            tracing.close();
        }
    }
}
