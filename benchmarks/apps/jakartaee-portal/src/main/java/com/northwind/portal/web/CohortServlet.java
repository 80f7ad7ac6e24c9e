package com.northwind.portal.web;

import com.northwind.portal.service.PostHogAdminService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

@WebServlet(name = "CohortServlet", urlPatterns = "/admin/cohorts")
@ServletSecurity(@HttpConstraint(rolesAllowed = "portal-admin"))
public class CohortServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CohortServlet.class.getName());

    @Inject
    PostHogAdminService adminService;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String body = adminService.listCohorts();
            resp.setContentType("application/json");
            resp.getWriter().write(body);
        } catch (IllegalStateException | InterruptedException e) {
            LOG.log(Level.SEVERE, "Cohort listing failed: " + e.getMessage(), e);
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, "PostHog is unavailable");
        }
    }
}
