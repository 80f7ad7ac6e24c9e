package com.northwind.cohorts.web;

import static ratpack.jackson.Jackson.json;

import com.google.common.hash.Hashing;
import com.northwind.cohorts.config.PostHogSettings;
import io.netty.handler.codec.http.cookie.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;
import ratpack.session.Session;

/**
 * Login / logout for the dashboard. The user record itself lives in the ratpack-session store.
 */
public final class SessionHandlers implements Action<Chain> {

    private static final Logger log = LoggerFactory.getLogger(SessionHandlers.class);
    private static final String FLAGS_COOKIE = "nw_ph_flags";

    @Override
    public void execute(Chain chain) {
        chain
                .post("login", this::login)
                .post("logout", this::logout);
    }

    private void login(Context ctx) {
        Session session = ctx.get(Session.class);
        PostHogSettings settings = ctx.get(PostHogSettings.class);

        ctx.parse(Map.class).then(form -> {
            String user = String.valueOf(form.get("user"));
            session.set("user", user).then(() -> {
                log.info("user {} logged in, session {}", user, session.getId());

                Cookie flags = ctx.getResponse().cookie(FLAGS_COOKIE, settings.getSecureApiKey());
                flags.setPath("/");
                flags.setMaxAge(3600);

                ctx.render(json(Map.of("user", user, "loggedIn", true)));
            });
        });
    }

    private void logout(Context ctx) {
        Session session = ctx.get(Session.class);
        String sessionRef = Hashing.sha256()
                .hashString(session.getId(), StandardCharsets.UTF_8)
                .toString()
                .substring(0, 12);
        session.terminate().then(() -> {
            log.info("session {} terminated", sessionRef);
            ctx.getResponse().expireCookie(FLAGS_COOKIE);
            ctx.render(json(Map.of("loggedIn", false)));
        });
    }
}
