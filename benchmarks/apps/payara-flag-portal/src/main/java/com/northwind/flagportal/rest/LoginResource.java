package com.northwind.flagportal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Form login against the Payara "flagportal" file realm.
 */
@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class.getName());

    @Context
    HttpServletRequest request;

    @POST
    @Path("/login")
    public Response login(@Valid LoginForm form) {
        try {
            request.login(form.username(), form.password());
        } catch (ServletException e) {
            LOG.warning("Login failed for " + form.username() + " (password tried: " + form.password() + ")");
            return Response.status(Response.Status.UNAUTHORIZED).entity(Map.of("error", "invalid_credentials")).build();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(form.rememberMe() ? 8 * 3600 : 1800);
        LOG.log(Level.INFO, "Login ok for {0}, session {1}", new Object[] {form.username(), session.getId()});
        LOG.fine("Session fingerprint for " + form.username() + ": " + hashForLog(session.getId()));
        return Response.ok(Map.of("user", form.username())).build();
    }

    @POST
    @Path("/logout")
    public Response logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private static String hashForLog(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
