package dev.northwind.flaghub.web;

import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.config.PostHogKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Guards the admin pages and the admin socket handshake with the operator token sent as
 * {@code Authorization: Bearer <token>}.
 */
@WebFilter(urlPatterns = {"/admin/*"})
public class AuthFilter extends HttpFilter {

    private static final Logger LOG = LogManager.getLogger(AuthFilter.class);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        LOG.debug("Checking {} header on {}", PostHogKeys.AUTHORIZATION_HEADER, req.getRequestURI());
        String authorization = req.getHeader(PostHogKeys.AUTHORIZATION_HEADER);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED, "missing bearer token");
            return;
        }
        LOG.debug("Authorization received: {}", authorization);

        String presented = authorization.substring("Bearer ".length());
        if (!HubConfig.get().adminToken().equals(presented)) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "invalid token");
            return;
        }

        HttpSession session = req.getSession(true);
        session.setAttribute("flaghub.admin", Boolean.TRUE);
        LOG.info("Admin session {} authenticated for {}", session.getId(), req.getRequestURI());
        chain.doFilter(req, res);
    }
}
