package com.northwind.flagportal.auth;

import com.google.common.hash.Hashing;
import com.northwind.flagportal.db.PortalDao;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin 6 replacement for the old AccessManager: runs as a beforeMatched handler and checks
 * the route roles against the session user or a machine API key.
 */
public class PortalAccessManager implements Handler {

    private static final Logger log = LoggerFactory.getLogger(PortalAccessManager.class);

    public static final String SESSION_USER = "portal.user";
    public static final String API_KEY_HEADER = "X-Portal-Api-Key";

    private final PortalDao dao;

    public PortalAccessManager(PortalDao dao) {
        this.dao = dao;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        Set<RouteRole> permitted = ctx.routeRoles();
        if (permitted.isEmpty() || permitted.contains(Role.ANONYMOUS)) {
            return;
        }

        PortalUser user = ctx.sessionAttribute(SESSION_USER);
        if (user == null) {
            user = fromApiKey(ctx).orElse(null);
        }
        if (user == null) {
            rejectAnonymous(ctx);
            return;
        }

        Role required = permitted.stream()
                .map(Role.class::cast)
                .min(Enum::compareTo)
                .orElse(Role.ADMIN);
        if (!user.role().atLeast(required)) {
            log.info("User {} ({}) denied {} {}", user.username(), user.role(), ctx.method(), ctx.path());
            throw new ForbiddenResponse();
        }
        ctx.attribute(SESSION_USER, user);
    }

    private Optional<PortalUser> fromApiKey(Context ctx) {
        String presented = ctx.header(API_KEY_HEADER);
        if (presented == null) {
            log.debug("No session on {} and no {} header", ctx.path(), API_KEY_HEADER);
            return Optional.empty();
        }
        String digest = Hashing.sha256().hashString(presented, StandardCharsets.UTF_8).toString();
        Optional<PortalUser> user = dao.findUserByApiKeyDigest(digest);
        if (user.isEmpty()) {
            log.warn("Unknown machine key presented on {} (sha256 {})", ctx.path(), digest);
        }
        return user;
    }

    private void rejectAnonymous(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            String authorization = ctx.header(Header.AUTHORIZATION);
            if (authorization != null) {
                log.warn("Rejected {} {}: bearer auth is not supported here (got '{}')", ctx.method(), ctx.path(), authorization);
            }
            throw new UnauthorizedResponse();
        }
        ctx.redirect("/login?next=" + ctx.path());
        ctx.skipRemainingHandlers();
    }
}
