package com.quillfeather.links.routes;

import com.quillfeather.links.analytics.FlagDefinitionsClient;
import com.quillfeather.links.analytics.PostHogGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

import static spark.Spark.get;
import static spark.Spark.halt;

/**
 * Flag endpoints used by the admin SPA.
 */
public final class FlagRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(FlagRoutes.class);

    private FlagRoutes() {
    }

    public static void install(PostHogGateway analytics, FlagDefinitionsClient definitions) {
        get("/admin/flags/definitions", (req, res) -> {
            try {
                String json = definitions.fetch();
                res.type("application/json");
                res.header("X-PostHog-Flags-Key", analytics.secureKey());
                return json;
            } catch (IOException e) {
                LOG.warn("definitions unavailable: {}", e.getMessage());
                halt(502, "flag service rejected key " + analytics.secureKey());
                return null;
            }
        });

        get("/admin/flags/:flag/:distinctId", (req, res) -> {
            boolean on = analytics.isEnabled(req.params(":distinctId"), req.params(":flag"));
            res.type("application/json");
            return "{\"enabled\":" + on + "}";
        });
    }
}
