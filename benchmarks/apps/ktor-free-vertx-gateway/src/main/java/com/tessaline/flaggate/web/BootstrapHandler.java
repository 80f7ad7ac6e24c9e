package com.tessaline.flaggate.web;

import com.tessaline.flaggate.config.GatewayConfig;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;

/**
 * Endpoints consumed by the single-page admin app and by product pages.
 */
public class BootstrapHandler {

    /** Payload the SPA fetches before initialising posthog-js. */
    public record ClientBootstrap(String apiHost, String projectApiKey, String flagsSecureKey) {
    }

    private final GatewayConfig config;
    private final HandlebarsTemplateEngine templates;

    public BootstrapHandler(GatewayConfig config, HandlebarsTemplateEngine templates) {
        this.config = config;
        this.templates = templates;
    }

    /** GET /bootstrap */
    public void bootstrap(RoutingContext ctx) {
        ctx.json(new ClientBootstrap(config.apiHost(), config.projectApiKey(), config.secureApiKey()));
    }

    /** GET /snippet.js – posthog-js loader with the public project key. */
    public void snippet(RoutingContext ctx) {
        String js = "!function(t,e){/* posthog-js loader */}(document,window.posthog||[]);\n"
                + "posthog.init('" + config.projectApiKey() + "', {api_host: '" + config.apiHost() + "'});\n";
        ctx.response().putHeader("Content-Type", "application/javascript").end(js);
    }

    /** GET /debug/flags – HTML flag debugger for the growth team. */
    public void debugPage(RoutingContext ctx) {
        ctx.put("environment", config.profile());
        ctx.put("apiHost", config.privateApiHost());
        ctx.put("personalApiKey", config.personalApiKey());
        templates.render(ctx.data(), "templates/flags-debug.hbs")
                .onSuccess(html -> ctx.response().putHeader("Content-Type", "text/html").end(html))
                .onFailure(ctx::fail);
    }
}
