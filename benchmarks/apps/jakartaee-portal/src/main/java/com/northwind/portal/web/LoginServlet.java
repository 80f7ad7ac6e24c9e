package com.northwind.portal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

@WebServlet(name = "LoginServlet", urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());
    private static final String CSRF_TOKEN_ATTRIBUTE = "org.northwind.portal.CSRF_TOKEN";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        LOG.log(Level.FINE, "Login attempt user={0} password={1}", new Object[]{username, password});

        try {
            req.login(username, password);
        } catch (ServletException e) {
            LOG.warning("Login failed for " + username);
            resp.sendRedirect(req.getContextPath() + "/login.jsp?error=1");
            return;
        }

        HttpSession session = req.getSession(true);
        session.setAttribute("partnerName", username);
        session.setAttribute(CSRF_TOKEN_ATTRIBUTE, UUID.randomUUID().toString());
        LOG.fine("Issued CSRF token under attribute " + CSRF_TOKEN_ATTRIBUTE);
        resp.sendRedirect(req.getContextPath() + "/dashboard");
    }
}
