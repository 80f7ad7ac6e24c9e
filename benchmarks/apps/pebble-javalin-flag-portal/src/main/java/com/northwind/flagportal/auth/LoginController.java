package com.northwind.flagportal.auth;

import com.northwind.flagportal.db.PortalDao;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpSession;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

public class LoginController {

    private static final Logger log = LoggerFactory.getLogger(LoginController.class);

    private final PortalDao dao;

    public LoginController(PortalDao dao) {
        this.dao = dao;
    }

    public void form(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", ctx.queryParamAsClass("next", String.class).getOrDefault("/"));
        model.put("error", ctx.queryParam("error") != null);
        ctx.render("templates/login.peb", model);
    }

    public void login(Context ctx) {
        String username = ctx.formParamAsClass("username", String.class)
                .check(u -> !u.isBlank(), "username is required")
                .get();
        String password = ctx.formParam("password");
        String next = safeNext(ctx.formParam("next"));

        var account = dao.findAccount(username);
        if (account.isEmpty() || password == null || !BCrypt.checkpw(password, account.get().passwordHash())) {
            log.warn("Failed login for '{}' from {}", username, ctx.ip());
            ctx.redirect("/login?error=1", HttpStatus.SEE_OTHER);
            return;
        }

        ctx.req().changeSessionId();
        long portalSessionId = dao.openSession(account.get().id(), ctx.ip(), ctx.userAgent());
        PortalUser user = new PortalUser(account.get().id(), username, account.get().role(), portalSessionId);
        ctx.sessionAttribute(PortalAccessManager.SESSION_USER, user);

        HttpSession session = ctx.req().getSession();
        log.info("Login ok for {} (role {}), portal session #{}", username, user.role(), portalSessionId);
        log.debug("Bound HTTP session {} to portal session #{}", session.getId(), portalSessionId);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        PortalUser user = ctx.sessionAttribute(PortalAccessManager.SESSION_USER);
        if (user != null) {
            dao.closeSession(user.portalSessionId());
            log.info("Closed portal session #{} for {}", user.portalSessionId(), user.username());
        }
        ctx.req().getSession().invalidate();
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//")) {
            return "/";
        }
        return next;
    }
}
