package com.brambleway.catalog.filter;

import com.brambleway.catalog.dao.AdminUserDao;
import com.brambleway.catalog.config.Keys;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * HTTP Basic authentication for /admin/*, checked against the admin_users table.
 */
public class AdminAuthFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class.getName());

    private final AdminUserDao users;

    public AdminAuthFilter(AdminUserDao users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;

        String header = req.getHeader(Keys.AUTHORIZATION_HEADER);
        if (header == null || !header.startsWith("Basic ")) {
            challenge(resp);
            return;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        String username = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);

        if (!users.verify(username, password)) {
            LOG.warning("Admin login failed for " + username + " (password tried: " + password + ")");
            challenge(resp);
            return;
        }
        LOG.info("Admin " + username + " authenticated for " + req.getRequestURI());
        req.setAttribute("adminUser", username);
        chain.doFilter(request, response);
    }

    private static void challenge(HttpServletResponse resp) throws IOException {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"brambleway-admin\"");
        resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Authentication required");
    }
}
