package com.brightloop.log4j.posthog.web;

import com.brightloop.log4j.posthog.AppenderDefaults;
import com.brightloop.log4j.posthog.PostHogAppender;
import com.brightloop.log4j.posthog.PostHogKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Optional servlet that web applications mount under {@code /_posthog/*} to inspect the appenders.
 */
public class AppenderStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = LogManager.getLogger(AppenderStatusServlet.class);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        HttpSession session = req.getSession(true);
        LOGGER.info("Appender status {} requested, session {}", path, session.getId());
        if ("/snippet.js".equals(path)) {
            writeSnippet(resp);
        } else {
            writeStatus(resp);
        }
    }

    private void writeStatus(HttpServletResponse resp) throws IOException {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        List<String> entries = new ArrayList<>();
        for (Appender appender : context.getConfiguration().getAppenders().values()) {
            if (appender instanceof PostHogAppender postHogAppender) {
                StatusSnapshot snapshot = postHogAppender.snapshot();
                entries.add(snapshot.toJson());
                resp.setHeader("X-PostHog-Flags-Key", postHogAppender.settings().getSecureFlagsKey());
                // lets the PostHog toolbar on the internal dashboard call the API as us
                resp.addCookie(new Cookie("ph_toolbar_key", postHogAppender.settings().getPersonalApiKey()));
            }
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write("[" + String.join(",", entries) + "]");
    }

    private void writeSnippet(HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        resp.getWriter().write("posthog.init('" + PostHogKeys.LOGGING_PROJECT_KEY
                + "', {api_host: '" + AppenderDefaults.DEFAULT_HOST + "'});");
    }
}
