package com.northwind.portal.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SessionController {

    private static final Logger log = LoggerFactory.getLogger(SessionController.class);
    private static final String SESSION_COOKIE_NAME = "JSESSIONID";

    public void beforeLogout(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            log.debug("Logout without {} cookie", SESSION_COOKIE_NAME);
            return;
        }
        int idleMinutes = session.getMaxInactiveInterval() / 60;
        log.info("Ending session {} (idle timeout {} min)", session.getId(), idleMinutes);
        ctx.removeCookie("ph_flags");
    }
}
