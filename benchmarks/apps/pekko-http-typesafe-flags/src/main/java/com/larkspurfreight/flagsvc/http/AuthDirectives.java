package com.larkspurfreight.flagsvc.http;

import com.larkspurfreight.flagsvc.config.AdminSettings;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Authentication directives shared by the public and admin routes.
 */
public final class AuthDirectives extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(AuthDirectives.class);

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String SESSION_COOKIE = "LFS_SESSION";

    private final AdminSettings admin;

    public AuthDirectives(AdminSettings admin) {
        this.admin = admin;
    }

    /** Basic auth for /admin. */
    public Route requireAdmin(Supplier<Route> inner) {
        return optionalHeaderValueByName(AUTHORIZATION_HEADER, header -> {
            if (header.isEmpty()) {
                log.debug("Admin call without {} header", AUTHORIZATION_HEADER);
                return complete(StatusCodes.UNAUTHORIZED, "authentication required");
            }
            String authorization = header.get();
            log.debug("Admin call, {}: {}", AUTHORIZATION_HEADER, authorization);
            if (!admin.acceptsBasicAuth(authorization)) {
                return complete(StatusCodes.FORBIDDEN, "forbidden");
            }
            return inner.get();
        });
    }

    /**
     * The shipment console sets LFS_SESSION after SSO; its value is also the PostHog distinct id
     * of the operator.
     */
    public Route withSession(Function<String, Route> inner) {
        return optionalCookie(SESSION_COOKIE, cookie -> {
            if (cookie.isEmpty()) {
                return complete(StatusCodes.UNAUTHORIZED, "no session");
            }
            String session = cookie.get().value();
            System.out.println("[flags] request for session " + session);
            return inner.apply(session);
        });
    }
}
