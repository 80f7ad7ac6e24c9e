package io.northwind.flagportal.web;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.northwind.flagportal.config.PortalSettings;
import io.northwind.flagportal.security.KeyMasker;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;

/** JSON endpoints the dashboard's scripts call. */
@WebServlet({"/api/bootstrap", "/api/key-status"})
public class FlagConfigApiServlet extends HttpServlet {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    record KeyStatus(String personalKey, boolean secureKeyConfigured, int pollSeconds) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PortalSettings settings = PortalSettings.current();
        String username = (String) SecurityUtils.getSubject().getPrincipal();
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");

        if ("/api/key-status".equals(req.getServletPath())) {
            KeyStatus status = new KeyStatus(KeyMasker.mask(settings.getPersonalApiKey()),
                    settings.getPostHogSecretKey() != null, settings.getFlagPollSeconds());
            resp.getWriter().write(GSON.toJson(status));
            return;
        }

        ClientBootstrap bootstrap = ClientBootstrap.forUser(settings, username);
        resp.getWriter().write(GSON.toJson(bootstrap));
    }
}
