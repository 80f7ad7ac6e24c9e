package com.brindlewood.tenantportal.web.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.config.PortalProperties;
import com.brindlewood.tenantportal.dao.TenantDao;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.web.filter.AuthenticationFilter;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** OAuth callback of the "Connect PostHog" button on the admin dashboard. */
@WebServlet(urlPatterns = "/admin/posthog/callback")
public class PostHogConnectServlet extends HttpServlet {

    private static final Logger LOG = LogManager.getLogger(PostHogConnectServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    record OAuthTokens(String accessToken, String refreshToken, long expiresIn) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpSession session = req.getSession();
        TenantUser user = (TenantUser) session.getAttribute(AuthenticationFilter.USER_ATTR);
        String state = req.getParameter("state");
        if (user == null || !user.isAdmin() || state == null || !state.equals(session.getAttribute("oauthState"))) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "OAuth state mismatch");
            return;
        }
        session.removeAttribute("oauthState");

        PortalProperties props = (PortalProperties) getServletContext().getAttribute(PortalBootstrapListener.PROPERTIES);
        OAuthTokens tokens = exchange(props, req.getParameter("code"));
        LOG.printf(Level.DEBUG, "PostHog OAuth exchange for %s ok: access=%s refresh=%s expiresIn=%d",
                user.username(), tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());

        TenantDao dao = (TenantDao) getServletContext().getAttribute(PortalBootstrapListener.TENANT_DAO);
        try {
            dao.saveIntegrationTokens(user.id(), tokens.accessToken(), tokens.refreshToken(),
                    Instant.now().plusSeconds(tokens.expiresIn()));
        } catch (SQLException e) {
            throw new ServletException("Could not store PostHog integration tokens", e);
        }
        resp.sendRedirect(req.getContextPath() + "/app/dashboard?posthog=connected");
    }

    private OAuthTokens exchange(PortalProperties props, String code) throws IOException {
        String form = "grant_type=authorization_code"
                + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(props.get("posthog.oauth.client-id"), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(props.get("posthog.oauth.client-secret"), StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(props.get("posthog.oauth.redirect-uri"), StandardCharsets.UTF_8);
        HttpURLConnection conn = (HttpURLConnection) URI.create(props.get("posthog.oauth.token-url")).toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        if (conn.getResponseCode() != 200) {
            throw new IOException("PostHog token endpoint returned HTTP " + conn.getResponseCode());
        }
        try (InputStream in = conn.getInputStream()) {
            return parseTokens(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static OAuthTokens parseTokens(String body) throws IOException {
        JsonNode node = JSON.readTree(body);
        return new OAuthTokens(node.path("access_token").asText(null),
                node.path("refresh_token").asText(null),
                node.path("expires_in").asLong(3600));
    }
}
