package io.lumenfield.flagsvc.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.lumenfield.flagsvc.config.FlagServiceConfig;
import io.lumenfield.flagsvc.config.PostHogSettings;
import io.lumenfield.flagsvc.flags.FlagEvaluationException;
import io.lumenfield.flagsvc.flags.FlagEvaluator;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Singleton
public class FlagsServlet extends HttpServlet {

    private static final Logger log = LogManager.getLogger(FlagsServlet.class);
    private static final String EDGE_COOKIE = "ph_edge_eval";

    private final FlagEvaluator evaluator;
    private final FlagServiceConfig config;
    private final PostHogSettings settings;
    private final ObjectMapper mapper;

    @Inject
    public FlagsServlet(FlagEvaluator evaluator, FlagServiceConfig config, PostHogSettings settings,
                        ObjectMapper mapper) {
        this.evaluator = evaluator;
        this.config = config;
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String distinctId = req.getParameter("distinctId");
        if (distinctId == null || distinctId.isBlank()) {
            distinctId = config.defaultDistinctId();
        }
        String[] requested = req.getParameterValues("flag");
        if (requested == null || requested.length == 0) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "at least one flag parameter is required");
            return;
        }
        List<String> flagKeys = Arrays.asList(requested);

        Map<String, Object> values;
        try {
            values = evaluator.evaluate(distinctId, flagKeys);
        } catch (FlagEvaluationException e) {
            log.error("Flag evaluation failed for {}", distinctId, e);
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, "flag evaluation failed");
            return;
        }

        if ("edge".equals(req.getParameter("mode"))) {
            Cookie edge = new Cookie(EDGE_COOKIE, settings.featureFlagsSecureKey());
            edge.setPath("/");
            edge.setMaxAge(3600);
            resp.addCookie(edge);
        }
        resp.setContentType("application/json");
        resp.getWriter().write(mapper.writeValueAsString(values));
    }
}
