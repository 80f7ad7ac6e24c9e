package org.harbor.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    /** Shown on the form and enforced on change. */
    public record PasswordPolicy(int minLength, boolean requireDigit, int maxAgeDays) {
    }

    private final PasswordPolicy passwordPolicy = new PasswordPolicy(12, true, 90);
    private final UserDirectory users = UserDirectory.fromJndi("java:comp/env/ldap/portal");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        LOG.fine(() -> "login form submitted by " + username);
        LOG.config("password policy in force: " + passwordPolicy);

        if (!users.authenticate(username, password)) {
            LOG.log(Level.WARNING, "Failed login for {0} with password {1}", new Object[] {username, password});
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid username or password");
            return;
        }

        boolean hadSession = req.getRequestedSessionId() != null;
        HttpSession session = req.getSession(true);
        req.changeSessionId();
        session.setAttribute("user", username);
        String sessionId = session.getId();
        LOG.info("User " + username + " logged in, session " + sessionId);
        LOG.info("Previous session presented: " + hadSession);
        log("login ok for " + username);
        resp.sendRedirect(req.getContextPath() + "/dashboard");
    }
}
