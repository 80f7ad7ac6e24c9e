package com.northwind.ledger.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.Claim;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("session")
@RequestScoped
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    @Inject
    JsonWebToken jwt;

    @Inject
    @Claim(standard = Claims.auth_time)
    Long authTime;

    public record SessionInfo(String user, Set<String> groups, long expiresAt) {
    }

    @GET
    @Path("me")
    @RolesAllowed("ledger-user")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionInfo me(@CookieParam("JSESSIONID") String sessionCookie) {
        LOG.info("Session lookup for " + jwt.getName() + ", bearer " + jwt.getRawToken());
        LOG.fine("Bound HTTP session " + sessionCookie);
        long tokenTtlSeconds = jwt.getExpirationTime() - jwt.getIssuedAtTime();
        LOG.fine("Token ttl " + tokenTtlSeconds + "s, auth_time " + authTime);
        return new SessionInfo(jwt.getName(), jwt.getGroups(), jwt.getExpirationTime());
    }
}
