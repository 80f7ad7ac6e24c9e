package com.brindlewood.tenantportal.web.servlet;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.analytics.AnalyticsService;
import com.brindlewood.tenantportal.dao.TenantDao;
import com.brindlewood.tenantportal.dao.TenantDao.TenantUser;
import com.brindlewood.tenantportal.service.PasswordResetService;
import com.brindlewood.tenantportal.web.filter.AuthenticationFilter;
import com.brindlewood.tenantportal.web.listener.PortalBootstrapListener;

@WebServlet(urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    private static final Logger LOG = LogManager.getLogger(LoginServlet.class);
    private static final String VIEW = "/WEB-INF/jsp/login.jsp";

    private TenantDao dao;
    private AnalyticsService analytics;
    private PasswordResetService passwordReset;

    @Override
    public void init() {
        dao = (TenantDao) getServletContext().getAttribute(PortalBootstrapListener.TENANT_DAO);
        analytics = (AnalyticsService) getServletContext().getAttribute(PortalBootstrapListener.ANALYTICS);
        passwordReset = (PasswordResetService) getServletContext().getAttribute(PortalBootstrapListener.PASSWORD_RESET);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher(VIEW).forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String username = req.getParameter("username");
        if ("forgot".equals(req.getParameter("action")) && username != null) {
            try {
                passwordReset.issueReset(username.trim(), req.getParameter("email"));
            } catch (SQLException e) {
                throw new ServletException("Could not issue password reset", e);
            }
            req.setAttribute("info", "If the account exists, a reset link is on its way.");
            req.getRequestDispatcher(VIEW).forward(req, resp);
            return;
        }
        String password = req.getParameter("password");
        if (username == null || password == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }

        Optional<TenantUser> user;
        try {
            user = dao.authenticate(username.trim(), password);
        } catch (SQLException e) {
            throw new ServletException("Login lookup failed", e);
        }

        if (user.isEmpty()) {
            LOG.warn("Failed login for '{}' from {} (password={})", username, req.getRemoteAddr(), password);
            req.setAttribute("error", "Invalid username or password.");
            req.setAttribute("username", username);
            req.getRequestDispatcher(VIEW).forward(req, resp);
            return;
        }

        HttpSession previous = req.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(AuthenticationFilter.USER_ATTR, user.get());
        session.setAttribute("tenantSlug", user.get().tenantSlug());

        analytics.trackLogin(user.get().distinctId(), user.get().tenantSlug());
        LOG.info("User {} logged in to tenant {}", username, user.get().tenantSlug());
        resp.sendRedirect(req.getContextPath() + "/app/dashboard");
    }
}
