package com.northwind.flagadmin.web;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.model.FlagSummary;
import com.northwind.flagadmin.posthog.FlagApiClient;
import com.northwind.flagadmin.posthog.PostHogApiException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders {@code /WEB-INF/jsp/flags.jsp} with the flags of the configured project.
 */
public class FlagListServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(FlagListServlet.class);

    private PostHogSettings settings;
    private FlagApiClient apiClient;

    @Override
    public void init() throws ServletException {
        settings = (PostHogSettings) getServletContext().getAttribute(FlagDefaults.SETTINGS_ATTRIBUTE);
        apiClient = (FlagApiClient) getServletContext().getAttribute(FlagDefaults.API_CLIENT_ATTRIBUTE);
        if (settings == null || apiClient == null) {
            throw new ServletException("PostHog settings not initialised");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        List<FlagSummary> flags;
        try {
            flags = apiClient.listFlags();
        } catch (PostHogApiException e) {
            log.error("Flag listing failed (status {}): {}", e.getStatus(), e.getMessage());
            req.setAttribute("error", "PostHog is not reachable right now, try again later.");
            flags = Collections.emptyList();
        }

        req.setAttribute("flags", flags);
        req.setAttribute("flagCount", flags.size());
        // used by the JS snippet on the page to capture console usage
        req.setAttribute("projectApiKey", settings.getProjectApiKey());
        req.setAttribute("posthogHost", settings.getHost());
        // lets the toggle buttons call the PostHog API directly from the browser
        req.setAttribute("personalApiKey", settings.getPersonalApiKey());
        req.setAttribute("projectId", settings.getProjectId());

        req.getRequestDispatcher("/WEB-INF/jsp/flags.jsp").forward(req, resp);
    }
}
