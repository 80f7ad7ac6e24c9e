package org.quayside.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quayside.admin.config.PostHogSettings;
import org.quayside.admin.support.Masking;

@WebServlet(urlPatterns = {"/admin/integrations", "/admin/integrations/export"})
public class IntegrationsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Log log = LogFactory.getLog(IntegrationsServlet.class);

    @Inject
    private PostHogSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if ("/admin/integrations/export".equals(req.getServletPath())) {
            export(req, resp);
            return;
        }
        req.setAttribute("posthogProjectKey", settings.getProjectApiKey());
        req.setAttribute("posthogHost", settings.getHost());
        req.setAttribute("personalKeyHint", Masking.mask(settings.getPersonalApiKey()));
        req.setAttribute("exportUrl", req.getContextPath() + "/admin/integrations/export");
        req.setAttribute("posthogSecureKey", settings.getSecureApiKey());
        req.getRequestDispatcher("/WEB-INF/jsp/integrations.jsp").forward(req, resp);
    }

    private void export(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        IntegrationSnapshot snapshot = IntegrationSnapshot.of(settings);
        log.info("export prepared for " + req.getRemoteUser() + ": " + snapshot.redacted());
        req.getSession().setAttribute("lastExportAt", Instant.now());
        log.debug("exporting " + snapshot);
        resp.setContentType("application/json");
        resp.setHeader("Content-Disposition", "attachment; filename=posthog-integration.json");
        resp.getWriter().write(snapshot.toJson());
    }
}
