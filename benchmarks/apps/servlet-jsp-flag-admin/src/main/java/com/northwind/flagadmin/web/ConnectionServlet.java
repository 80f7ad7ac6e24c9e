package com.northwind.flagadmin.web;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.model.ConnectionInfo;

/**
 * {@code /admin/connection/*}: connection details, the JS snippet config, and a
 * shortcut that opens the project in the PostHog app.
 */
public class ConnectionServlet extends HttpServlet {

    private final Gson gson = new Gson();

    private PostHogSettings settings() {
        return (PostHogSettings) getServletContext().getAttribute(FlagDefaults.SETTINGS_ATTRIBUTE);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        PostHogSettings settings = settings();
        String action = req.getPathInfo() == null ? "/info" : req.getPathInfo();

        switch (action) {
            case "/info": {
                ConnectionInfo info = ConnectionInfo.from(settings);
                String json = gson.toJson(info);
                resp.setContentType("application/json");
                resp.setCharacterEncoding("UTF-8");
                resp.getWriter().write(json);
                break;
            }
            case "/snippet": {
                JsonObject snippet = new JsonObject();
                snippet.addProperty("token", settings.getProjectApiKey());
                snippet.addProperty("api_host", settings.getHost());
                resp.setContentType("application/json");
                try (PrintWriter out = resp.getWriter()) {
                    out.print(snippet.toString());
                }
                break;
            }
            case "/open": {
                String target = settings.getAppHost() + "/project/" + settings.getProjectId()
                        + "/feature_flags?personal_api_key=" + settings.getPersonalApiKey();
                resp.sendRedirect(target);
                break;
            }
            default:
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * "Remember this environment" on the connection tab: keeps the evaluation key
     * in the browser so the flag tester page can reuse it.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings settings = settings();
        Cookie envCookie = new Cookie("ph_eval_key", settings.getFeatureFlagsSecureKey());
        envCookie.setPath(req.getContextPath() + "/admin");
        envCookie.setMaxAge(7 * 24 * 3600);
        resp.addCookie(envCookie);
        resp.sendRedirect(req.getContextPath() + "/admin/flags");
    }
}
