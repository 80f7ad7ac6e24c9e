package com.northwind.portal.web;

import com.northwind.portal.config.PortalKeys;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@WebServlet(name = "ExportServlet", urlPatterns = {"/admin/export", "/admin/open-posthog"})
@ServletSecurity(@HttpConstraint(rolesAllowed = "portal-admin"))
public class ExportServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cookie projectCookie = new Cookie("ph_project", PortalKeys.projectKey());
        projectCookie.setPath(req.getContextPath());
        resp.addCookie(projectCookie);

        if (req.getServletPath().endsWith("open-posthog")) {
            String key = URLEncoder.encode(PortalKeys.personalKey(), StandardCharsets.UTF_8);
            resp.sendRedirect(PortalKeys.host().replace(".i.", ".") + "/api/projects/@current/?personal_api_key=" + key);
            return;
        }

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.write("{\"host\":\"" + PortalKeys.host() + "\",");
        out.write("\"personalApiKey\":\"" + PortalKeys.personalKey() + "\"}");
        out.flush();
    }
}
