package com.northwind.portal.web;

import com.northwind.portal.config.PortalKeys;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Logger;

@WebServlet(name = "DashboardServlet", urlPatterns = "/dashboard")
public class DashboardServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DashboardServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpSession session = req.getSession(true);
        LOG.fine("Dashboard view, new session: " + session.isNew() + ", timeout " + session.getMaxInactiveInterval());

        req.setAttribute("posthogKey", PortalKeys.projectKey());
        req.setAttribute("posthogHost", PortalKeys.host());
        req.setAttribute("partner", session.getAttribute("partnerName"));
        if (req.isUserInRole("portal-admin")) {
            req.setAttribute("adminApiKey", PortalKeys.personalKey());
        }

        RequestDispatcher dispatcher = req.getRequestDispatcher("/WEB-INF/jsp/dashboard.jsp");
        dispatcher.forward(req, resp);
    }
}
