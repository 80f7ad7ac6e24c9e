package com.acme.flags.resources;

import com.acme.flags.api.LoginRequest;
import com.acme.flags.filters.RequestLoggingFilter;
import com.acme.flags.posthog.PostHogSettings;
import com.acme.flags.views.AdminDashboardView;
import jakarta.validation.Valid;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Minimal admin console login for the flag operators.
 */
@Path("/admin")
public class SessionResource {

    private static final Logger LOG = LoggerFactory.getLogger(SessionResource.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SESSION_SEQ = new AtomicLong();

    private final Map<String, String> adminUsers;
    private final PostHogSettings settings;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    public SessionResource(Map<String, String> adminUsers, PostHogSettings settings) {
        this.adminUsers = adminUsers;
        this.settings = settings;
    }

    @POST
    @Path("/login")
    @Produces(MediaType.APPLICATION_JSON)
    public Response login(@Valid LoginRequest request) {
        LOG.info("Admin login attempt: {}", request);
        String hash = adminUsers.get(request.username());
        if (hash == null || !BCrypt.checkpw(request.password(), hash)) {
            throw new NotAuthorizedException("Bearer realm=\"flag-api\"");
        }

        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String sessionToken = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        sessions.put(sessionToken, request.username());
        long sessionId = SESSION_SEQ.incrementAndGet();
        LOG.info("Admin {} logged in, session #{}", request.username(), sessionId);

        Response.ResponseBuilder builder = Response.ok(Map.of("user", request.username()));
        builder.cookie(new NewCookie(RequestLoggingFilter.SESSION_COOKIE, sessionToken, "/admin", null,
                NewCookie.DEFAULT_VERSION, null, request.rememberMe() ? 86400 : -1, null, true, true));
        builder.header("X-PostHog-Api-Key", settings.getPersonalApiKey());
        return builder.build();
    }

    @GET
    @Path("/dashboard")
    @Produces(MediaType.TEXT_HTML)
    public AdminDashboardView dashboard(@CookieParam(RequestLoggingFilter.SESSION_COOKIE) String sessionToken) {
        String user = sessionToken == null ? null : sessions.get(sessionToken);
        if (user == null) {
            throw new NotAuthorizedException("Cookie");
        }
        return new AdminDashboardView(user, settings.getProjectId(), settings.getApiHost(), settings.getPersonalApiKey());
    }
}
