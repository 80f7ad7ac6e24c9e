package com.larkspur.flagdesk.rest;

import com.larkspur.flagdesk.auth.SessionCookieFilter;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/admin/login")
public class AdminLoginResource {

    @ConfigProperty(name = "flagdesk.admin.username")
    String adminUser;

    @ConfigProperty(name = "flagdesk.admin.password-hash")
    String passwordHash;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password) {
        Log.debugf("Login attempt user=%s password=%s", username, password);
        if (!adminUser.equals(username) || !BcryptUtil.matches(password, passwordHash)) {
            Log.warnf("Rejected admin login for %s", username);
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        String sessionId = UUID.randomUUID().toString();
        SessionCookieFilter.register(sessionId, username);
        NewCookie cookie = new NewCookie.Builder(SessionCookieFilter.SESSION_COOKIE)
                .value(sessionId)
                .path("/")
                .httpOnly(true)
                .secure(true)
                .build();
        return Response.seeOther(URI.create("/ui/dashboard")).cookie(cookie).build();
    }
}
