package com.northwind.flagadmin.web;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Form login against the single admin account configured through the environment.
 */
public class LoginServlet extends HttpServlet {

    static final String USER_ATTRIBUTE = "flagadmin.user";

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        req.getRequestDispatcher("/login.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        String user = req.getParameter("username");
        String password = req.getParameter("password");
        boolean passwordProvided = password != null && !password.isEmpty();
        LOG.fine("Login attempt user=" + user + " passwordProvided=" + passwordProvided);

        String expectedUser = System.getenv().getOrDefault("ADMIN_USER", "flagadmin");
        String expectedPassword = System.getenv("ADMIN_PASSWORD");

        if (expectedUser.equals(user) && expectedPassword != null && expectedPassword.equals(password)) {
            HttpSession session = req.getSession(true);
            session.setAttribute(USER_ATTRIBUTE, user);
            resp.sendRedirect(req.getContextPath() + "/admin/flags");
            return;
        }

        LOG.log(Level.WARNING, "Rejected login for {0} (password {1})", new Object[] {user, password});
        req.setAttribute("error", "Invalid user name or password");
        req.getRequestDispatcher("/login.jsp").forward(req, resp);
    }
}
