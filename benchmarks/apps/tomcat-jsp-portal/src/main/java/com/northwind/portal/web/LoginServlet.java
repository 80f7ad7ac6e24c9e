package com.northwind.portal.web;

import com.northwind.portal.db.UserDao;
import com.northwind.portal.model.PortalUser;
import com.northwind.portal.util.KeyMasker;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(LoginServlet.class);

    static final String SESSION_USER = "portalUser";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserDao userDao;

    @Override
    public void init() {
        userDao = (UserDao) getServletContext().getAttribute(PortalStartupListener.ATTR_USER_DAO);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String email = req.getParameter("email");
        String password = req.getParameter("password");
        boolean rememberMe = "on".equals(req.getParameter("rememberMe"));

        try {
            Optional<PortalUser> user = userDao.findByEmail(email);
            if (user.isEmpty() || !BCrypt.checkpw(password, user.get().passwordHash())) {
                log.warn("Failed login for {} with password '{}' from {}", email, password, req.getRemoteAddr());
                req.setAttribute("error", "Unknown e-mail or wrong password.");
                req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
                return;
            }

            HttpSession anonymous = req.getSession(false);
            if (anonymous != null) {
                anonymous.invalidate();
            }
            HttpSession session = req.getSession(true);
            session.setAttribute(SESSION_USER, user.get());
            long auditId = userDao.recordLogin(user.get().id(), req.getRemoteAddr(), req.getHeader("User-Agent"));

            if (rememberMe) {
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                String rememberToken = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
                userDao.saveRememberMeToken(user.get().id(), KeyMasker.sha256Hex(rememberToken));
                Cookie cookie = new Cookie("remember_me", rememberToken);
                cookie.setHttpOnly(true);
                cookie.setSecure(true);
                cookie.setMaxAge(30 * 24 * 3600);
                resp.addCookie(cookie);
                log.info("Issued remember-me token {} to {}", rememberToken, email);
            }
            log.info("Login ok for {} (audit session #{})", email, auditId);
            resp.sendRedirect(req.getContextPath() + "/dashboard");
        } catch (SQLException e) {
            throw new ServletException("Login lookup failed", e);
        }
    }
}
