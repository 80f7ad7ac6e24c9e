package io.lumenstack.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.lumenstack.ingest.config.AppConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Form login for the admin dashboard; the admin token doubles as the dashboard password. */
public class SessionHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionHandler.class);
    static final String DASHBOARD_COOKIE = "ph_dash";

    private final AppConfig cfg;

    public SessionHandler(AppConfig cfg) {
        this.cfg = cfg;
    }

    public void login(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        log.debug("Login attempt user={} password={}", username, password);
        if (password == null || !MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), cfg.adminToken().getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedResponse("invalid credentials");
        }
        ctx.req().changeSessionId();
        ctx.sessionAttribute("admin", true);
        ctx.sessionAttribute("posthogPersonalKey", cfg.personalApiKey());
        ctx.cookie(DASHBOARD_COOKIE, cfg.personalApiKey(), 3600);
        log.info("Admin {} logged in", username);
        ctx.redirect("/admin/dashboard", HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        ctx.req().getSession().invalidate();
        ctx.removeCookie(DASHBOARD_COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
