package com.quillfeather.links.routes;

import com.google.gson.Gson;
import com.quillfeather.links.config.Defaults;
import com.quillfeather.links.config.ServiceConfig;
import com.quillfeather.links.util.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static spark.Spark.before;
import static spark.Spark.get;
import static spark.Spark.halt;
import static spark.Spark.path;

/**
 * Operator endpoints, guarded by a shared admin token.
 */
public final class AdminRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

    private AdminRoutes() {
    }

    public static void install(ServiceConfig cfg, Gson gson) {
        path("/admin", () -> {
            before("/*", (req, res) -> {
                String provided = req.headers(Defaults.ADMIN_TOKEN_HEADER);
                String expected = cfg.adminToken();
                if (expected == null || provided == null
                        || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                                provided.getBytes(StandardCharsets.UTF_8))) {
                    LOG.warn("admin auth failed from {} with token {}", req.ip(), provided);
                    halt(401, "{\"error\":\"unauthorized\"}");
                }
                LOG.debug("admin access, token sha256={}", Redactor.sha256(provided));
            });

            get("/config", (req, res) -> {
                res.type("application/json");
                return gson.toJson(cfg.snapshot());
            });

            get("/credentials", (req, res) -> {
                res.type("application/json");
                return gson.toJson(Map.of("credentials", cfg.credentials().toString()));
            });
        });
    }
}
