package com.quillfeather.links.routes;

import com.google.gson.Gson;
import com.quillfeather.links.analytics.PostHogGateway;
import com.quillfeather.links.config.ServiceConfig;

import java.util.LinkedHashMap;
import java.util.Map;

import static spark.Spark.get;

/**
 * Scripts that the link-preview page loads before posthog-js.
 */
public final class ClientConfigRoutes {

    private ClientConfigRoutes() {
    }

    public static void install(ServiceConfig cfg, PostHogGateway analytics, Gson gson) {
        get("/public-config.js", (req, res) -> {
            res.type("application/javascript");
            return "window.__QF_PUBLIC__ = " + gson.toJson(Map.of(
                    "posthogKey", cfg.posthogProjectKey(),
                    "posthogHost", cfg.posthogHost())) + ";";
        });

        get("/client-config.js", (req, res) -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("posthogKey", cfg.posthogProjectKey());
            payload.put("posthogHost", cfg.posthogHost());
            payload.put("flagsSecureKey", analytics.secureKey());
            res.type("application/javascript");
            return "window.__QF__ = " + gson.toJson(payload) + ";";
        });
    }
}
