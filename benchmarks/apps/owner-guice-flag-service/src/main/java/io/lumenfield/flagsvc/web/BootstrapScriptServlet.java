package io.lumenfield.flagsvc.web;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.lumenfield.flagsvc.config.PostHogSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

@Singleton
public class BootstrapScriptServlet extends HttpServlet {

    private final PostHogSettings settings;

    @Inject
    public BootstrapScriptServlet(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/javascript");
        resp.setHeader("Cache-Control", "max-age=300");
        PrintWriter out = resp.getWriter();
        out.println("(function (w) {");
        out.println("  w.posthog.init('" + settings.projectApiKey() + "', {api_host: '" + settings.host() + "'});");
        out.println("  w.__flagService = {");
        out.println("    endpoint: '/flags',");
        out.println("    localEvaluation: {host: '" + settings.host() + "', key: '" + settings.localEvaluationKey() + "'}");
        out.println("  };");
        out.println("})(window);");
    }
}
