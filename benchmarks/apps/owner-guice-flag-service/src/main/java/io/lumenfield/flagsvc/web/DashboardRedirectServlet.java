package io.lumenfield.flagsvc.web;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.lumenfield.flagsvc.config.FlagServiceConfig;
import io.lumenfield.flagsvc.config.PostHogSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Singleton
public class DashboardRedirectServlet extends HttpServlet {

    private final FlagServiceConfig config;
    private final PostHogSettings settings;

    @Inject
    public DashboardRedirectServlet(FlagServiceConfig config, PostHogSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String appHost = settings.host().replace(".i.posthog.com", ".posthog.com");
        String target = appHost + "/api/projects/" + config.projectId() + "/feature_flags/?personal_api_key="
                + URLEncoder.encode(settings.personalApiKey(), StandardCharsets.UTF_8);
        resp.sendRedirect(target);
    }
}
