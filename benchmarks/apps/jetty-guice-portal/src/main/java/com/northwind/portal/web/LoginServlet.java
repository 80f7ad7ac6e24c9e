package com.northwind.portal.web;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.mindrot.jbcrypt.BCrypt;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Form login for partner administrators. */
@Singleton
public class LoginServlet extends HttpServlet {

    private static final Logger LOG = LogManager.getLogger(LoginServlet.class);

    private final HikariDataSource dataSource;

    @Inject
    public LoginServlet(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        try (Connection c = dataSource.getConnection()) {
            String hash = passwordHash(c, username);
            if (hash == null || password == null || !BCrypt.checkpw(password, hash)) {
                LOG.warn("Failed login for {} from {}", username, req.getRemoteAddr());
                req.setAttribute("error", "Unknown user or wrong password");
                req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
                return;
            }
            req.changeSessionId();
            HttpSession session = req.getSession(true);
            session.setAttribute("user", username);

            long sessionId = openAuditSession(c, username, req.getRemoteAddr());
            session.setAttribute("auditSessionId", sessionId);
            LOG.info("Audit session {} opened for {}", sessionId, username);
            LOG.info("User {} signed in, http session {}", username, session.getId());
        } catch (SQLException e) {
            throw new ServletException("login lookup failed", e);
        }
        resp.sendRedirect(req.getContextPath() + "/admin/dashboard");
    }

    private static String passwordHash(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select password_hash from admins where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long openAuditSession(Connection c, String username, String ip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_sessions(username, ip) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, username);
            ps.setString(2, ip);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
