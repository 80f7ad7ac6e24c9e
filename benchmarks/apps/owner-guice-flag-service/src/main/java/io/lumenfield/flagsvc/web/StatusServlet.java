package io.lumenfield.flagsvc.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.lumenfield.flagsvc.config.FlagServiceConfig;
import io.lumenfield.flagsvc.config.PostHogSettings;
import io.lumenfield.flagsvc.flags.FlagEvaluator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Singleton
public class StatusServlet extends HttpServlet {

    private static final Logger log = LogManager.getLogger(StatusServlet.class);
    static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    private final FlagServiceConfig config;
    private final PostHogSettings settings;
    private final FlagEvaluator evaluator;
    private final ObjectMapper mapper;

    @Inject
    public StatusServlet(FlagServiceConfig config, PostHogSettings settings, FlagEvaluator evaluator,
                         ObjectMapper mapper) {
        this.config = config;
        this.settings = settings;
        this.evaluator = evaluator;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!authorized(req.getHeader(ADMIN_TOKEN_HEADER))) {
            log.warn("Rejected {} without a valid {} header from {}", req.getRequestURI(), ADMIN_TOKEN_HEADER,
                    req.getRemoteAddr());
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        int definitions;
        try {
            definitions = evaluator.definitionCount();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            definitions = -1;
        } catch (IOException e) {
            log.warn("Could not count flag definitions: {}", e.getMessage());
            definitions = -1;
        }
        StatusReport report = StatusReport.from(settings, definitions);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(mapper.writeValueAsString(report));
    }

    private boolean authorized(String presented) {
        String expected = config.adminToken();
        if (expected == null || expected.isBlank() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
