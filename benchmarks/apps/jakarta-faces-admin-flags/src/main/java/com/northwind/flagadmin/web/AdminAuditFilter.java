package com.northwind.flagadmin.web;

import com.northwind.flagadmin.client.FlagApiException;
import com.northwind.flagadmin.config.KeyParts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

@WebFilter(filterName = "adminAuditFilter", urlPatterns = "/admin/*")
public class AdminAuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuditFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String user = request.getRemoteUser();

        String authorization = request.getHeader("Authorization");
        LOG.fine("Admin request " + request.getMethod() + " " + uri + " authorization=" + authorization);

        if (request.getHeader(KeyParts.API_KEY_HEADER) == null) {
            LOG.finer("No " + KeyParts.API_KEY_HEADER + " header on " + uri + ", relying on container auth");
        }

        HttpSession session = request.getSession(false);
        if (session != null) {
            LOG.info("Audit: user=" + user + " session=" + session.getId() + " uri=" + uri);
        }

        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            Throwable root = rootCause(e);
            if (root instanceof FlagApiException apiError) {
                LOG.log(Level.SEVERE, "PostHog API call failed for " + user + ": " + apiError.getMessage(), e);
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "PostHog is unavailable, try again later");
                return;
            }
            throw e;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
