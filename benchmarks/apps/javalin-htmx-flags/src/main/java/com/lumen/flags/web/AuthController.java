package com.lumen.flags.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-admin login for the console UI.
 */
public final class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final String adminPassword;

    public AuthController(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public void form(Context ctx) {
        ctx.render("login.jte", Map.of("error", ""));
    }

    public void login(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        log.info("Login attempt user={} password={}", username, password);
        if (!"admin".equals(username) || password == null || adminPassword == null
                || !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), adminPassword.getBytes(StandardCharsets.UTF_8))) {
            ctx.status(401).render("login.jte", Map.of("error", "Wrong user name or password"));
            return;
        }
        ctx.req().changeSessionId();
        ctx.sessionAttribute("admin", username);
        ctx.redirect("/admin/flags");
    }

    public void logout(Context ctx) {
        ctx.req().getSession().invalidate();
        ctx.redirect("/login");
    }

    /** before("/admin/*") */
    public void requireAdmin(Context ctx) {
        if (ctx.sessionAttribute("admin") != null) {
            return;
        }
        String authorization = ctx.header(Header.AUTHORIZATION);
        log.warn("No admin session for {} (session {}, Authorization: {})", ctx.path(), ctx.req().getSession().getId(), authorization);
        if ("true".equals(ctx.header("HX-Request"))) {
            ctx.header("HX-Redirect", "/login");
        }
        throw new UnauthorizedResponse("Login required");
    }
}
