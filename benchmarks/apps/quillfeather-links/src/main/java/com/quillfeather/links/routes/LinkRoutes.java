package com.quillfeather.links.routes;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.quillfeather.links.analytics.PostHogGateway;
import com.quillfeather.links.model.Link;
import com.quillfeather.links.store.LinkStore;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.NoSuchElementException;

import static spark.Spark.get;
import static spark.Spark.halt;
import static spark.Spark.post;

/**
 * Public link API and the redirector.
 */
public final class LinkRoutes {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkRoutes() {
    }

    public static void install(LinkStore store, PostHogGateway analytics, Gson gson) {
        post("/api/links", "application/json", (req, res) -> {
            JsonObject body = gson.fromJson(req.body(), JsonObject.class);
            if (body == null || !body.has("target")) {
                halt(400, "{\"error\":\"target required\"}");
            }
            String owner = req.headers("X-Owner-Id");
            Link link = store.save(new Link(slug(), body.get("target").getAsString(), owner, Instant.now(), 0));
            analytics.linkCreated(owner, link.slug());
            res.status(201);
            res.type("application/json");
            return gson.toJson(link);
        });

        get("/api/links/:slug", (req, res) -> {
            Link link = store.find(req.params(":slug")).orElseThrow(NoSuchElementException::new);
            res.type("application/json");
            return gson.toJson(link);
        });

        get("/api/owners/:owner/credentials", (req, res) -> {
            res.type("application/json");
            return gson.toJson(store.credentialsOf(req.params(":owner")));
        });

        get("/:slug", (req, res) -> {
            Link link = store.click(req.params(":slug")).orElseThrow(NoSuchElementException::new);
            analytics.linkClicked(req.cookie("qf_vid"), link.slug(), req.headers("Referer"));
            res.redirect(link.target(), 302);
            return "";
        });
    }

    private static String slug() {
        StringBuilder sb = new StringBuilder(7);
        for (int i = 0; i < 7; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
