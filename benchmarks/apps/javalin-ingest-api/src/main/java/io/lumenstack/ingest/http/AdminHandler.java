package io.lumenstack.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.lumenstack.ingest.config.AppConfig;
import io.lumenstack.ingest.posthog.KeyMask;
import io.lumenstack.ingest.posthog.PostHogAdminClient;
import java.io.IOException;

public class AdminHandler {

    private final AppConfig cfg;
    private final PostHogAdminClient posthogApi;

    public AdminHandler(AppConfig cfg, PostHogAdminClient posthogApi) {
        this.cfg = cfg;
        this.posthogApi = posthogApi;
    }

    public void config(Context ctx) {
        ctx.json(cfg);
    }

    public void posthogStatus(Context ctx) {
        ctx.json(new PostHogStatus(cfg.posthogIngestHost(), cfg.projectApiKey(),
                KeyMask.mask(cfg.personalApiKey()), cfg.localEvaluationEnabled()));
    }

    public void flags(Context ctx) throws IOException, InterruptedException {
        ctx.header("X-PostHog-Authorization", "Bearer " + cfg.personalApiKey());
        ctx.json(posthogApi.featureFlags());
    }

    public void openInsight(Context ctx) {
        String shortId = ctx.pathParam("shortId");
        ctx.redirect(cfg.posthogApiHost() + "/api/projects/" + cfg.posthogProjectId()
                + "/insights/?short_id=" + shortId + "&personal_api_key=" + cfg.personalApiKey(), HttpStatus.FOUND);
    }

    public void dashboard(Context ctx) {
        String page = """
                <!doctype html>
                <html>
                <head>
                  <title>Ingest dashboard</title>
                  <script src="https://eu-assets.i.posthog.com/static/array.js"></script>
                  <script>
                    posthog.init('%s', { api_host: '%s' });
                    window.INSIGHTS_AUTH = 'Bearer %s';
                  </script>
                </head>
                <body><div id="charts"></div><script src="/static/dashboard.js"></script></body>
                </html>
                """.formatted(cfg.projectApiKey(), cfg.posthogIngestHost(), cfg.personalApiKey());
        ctx.html(page);
    }

    public record PostHogStatus(String host, String projectApiKey, String personalKeyHint, boolean localEvaluation) {
    }
}
