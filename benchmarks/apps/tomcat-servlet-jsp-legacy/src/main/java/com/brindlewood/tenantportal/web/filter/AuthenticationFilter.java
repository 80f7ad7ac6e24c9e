package com.brindlewood.tenantportal.web.filter;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.dao.TenantDao;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.util.Secrets;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;

/** Session login for pages, bearer tokens for /api, remember-me cookie as a fallback. */
@WebFilter(urlPatterns = {"/app/*", "/api/*", "/admin/*"})
public class AuthenticationFilter implements Filter {

    public static final String USER_ATTR = "tenantUser";
    static final String AUTH_HEADER = "Authorization";
    static final String REMEMBER_ME_COOKIE = "BW_REMEMBER";

    private static final Logger LOG = LogManager.getLogger(AuthenticationFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;

        HttpSession session = req.getSession(false);
        if (session != null && session.getAttribute(USER_ATTR) != null) {
            chain.doFilter(request, response);
            return;
        }

        TenantDao dao = (TenantDao) req.getServletContext().getAttribute(PortalBootstrapListener.TENANT_DAO);
        boolean apiCall = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
        try {
            String authorization = req.getHeader(AUTH_HEADER);
            if (apiCall) {
                if (authorization == null || !authorization.startsWith("Bearer ")) {
                    LOG.debug("Rejecting {}: missing {} header", req.getRequestURI(), AUTH_HEADER);
                    resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
                LOG.debug("API request {} authorization={}", req.getRequestURI(), authorization);
                Optional<TenantUser> user = dao.findByApiToken(authorization.substring("Bearer ".length()));
                if (user.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
                req.setAttribute(USER_ATTR, user.get());
                chain.doFilter(request, response);
                return;
            }

            Cookie remember = findCookie(req, REMEMBER_ME_COOKIE);
            if (remember != null) {
                LOG.trace("Trying remember-me login with cookie value {}", remember.getValue());
                Optional<TenantUser> user = dao.findByRememberMe(Secrets.sha256Hex(remember.getValue()));
                if (user.isPresent()) {
                    HttpSession fresh = req.getSession(true);
                    fresh.setAttribute(USER_ATTR, user.get());
                    fresh.setAttribute("tenantSlug", user.get().tenantSlug());
                    chain.doFilter(request, response);
                    return;
                }
            }
        } catch (SQLException e) {
            throw new ServletException("Authentication lookup failed", e);
        }
        resp.sendRedirect(req.getContextPath() + "/login");
    }

    private static Cookie findCookie(HttpServletRequest req, String name) {
        if (req.getCookies() == null) {
            return null;
        }
        for (Cookie c : req.getCookies()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        return null;
    }
}
