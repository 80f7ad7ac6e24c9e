package io.northwind.flagportal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.northwind.flagportal.config.PortalSettings;
import io.northwind.flagportal.posthog.EventTracker;
import io.northwind.flagportal.posthog.FlagApiException;
import io.northwind.flagportal.posthog.FlagCatalogClient;
import io.northwind.flagportal.posthog.FlagSummary;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;

/** Admin actions: re-sync the flag catalog (POST /admin/sync) and hand off to the export service (GET /admin/export). */
@WebServlet({"/admin/sync", "/admin/export"})
public class FlagAdminServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FlagAdminServlet.class.getName());

    private EventTracker tracker;

    @Override
    public void init() {
        tracker = new EventTracker(PortalSettings.current());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PortalSettings settings = PortalSettings.current();
        List<FlagSummary> flags;
        try {
            flags = FlagCatalogClient.fromSettings(settings).listFlags();
        } catch (FlagApiException e) {
            LOG.log(Level.WARNING, "Flag catalog sync failed", e);
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, e.getMessage());
            return;
        }
        LOG.info("Synced " + flags.size() + " flags");

        Cookie preview = new Cookie("ph_flag_preview", settings.getPostHogSecretKey());
        preview.setPath(req.getContextPath() + "/flags");
        preview.setMaxAge(3600);
        resp.addCookie(preview);
        resp.sendRedirect(req.getContextPath() + "/flags");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PortalSettings settings = PortalSettings.current();
        String username = (String) SecurityUtils.getSubject().getPrincipal();
        tracker.exportRequested(username, settings.getProjectId());
        String target = settings.getExportBaseUrl()
                + "?project=" + settings.getProjectId()
                + "&personal_api_key=" + URLEncoder.encode(settings.getPersonalApiKey(), StandardCharsets.UTF_8);
        resp.sendRedirect(target);
    }
}
