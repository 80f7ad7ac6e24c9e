package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.AppConfig;
import com.northwind.flagdesk.support.Secrets;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Form login for support staff. A single shared operator account is configured through the environment.
 */
public class LoginHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);

    static final String SESSION_USER = "user";

    private final AppConfig config;
    private final HandlebarsTemplateEngine engine;

    public LoginHandler(AppConfig config, HandlebarsTemplateEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    public void form(RoutingContext ctx) {
        JsonObject model = new JsonObject().put("error", ctx.queryParams().contains("failed"));
        engine.render(model, "templates/login.hbs")
                .onSuccess(html -> ctx.response().putHeader("content-type", "text/html; charset=utf-8").end(html))
                .onFailure(ctx::fail);
    }

    public void submit(RoutingContext ctx) {
        String username = ctx.request().getFormAttribute("username");
        String password = ctx.request().getFormAttribute("password");
        LOG.debug("Login attempt for '{}' with password '{}'", username, password);

        boolean ok = config.adminUser().equals(username)
                && password != null
                && Secrets.constantTimeEquals(config.adminPasswordHash(), Secrets.sha256Hex(password));
        if (!ok) {
            LOG.warn("Rejected login for '{}' from {}", username, ctx.request().remoteAddress());
            ctx.redirect("/login?failed");
            return;
        }

        Session session = ctx.session();
        session.regenerateId();
        session.put(SESSION_USER, username);
        LOG.info("Operator {} signed in, session id {}", username, session.id());
        ctx.redirect("/");
    }

    public void logout(RoutingContext ctx) {
        Session session = ctx.session();
        LOG.info("Operator {} signed out (session {})", session.<String>get(SESSION_USER), Secrets.fingerprint(session.id()));
        session.destroy();
        ctx.redirect("/login");
    }

    public void requireUser(RoutingContext ctx) {
        if (ctx.session() == null || ctx.session().get(SESSION_USER) == null) {
            if (ctx.request().path().startsWith("/api/")) {
                ctx.response().setStatusCode(401).end();
            } else {
                ctx.redirect("/login");
            }
            return;
        }
        ctx.next();
    }

    static String currentUser(RoutingContext ctx) {
        return ctx.session().get(SESSION_USER);
    }
}
