package com.brackenfield.portal.action;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PostHogSettings;
import com.google.gson.JsonObject;

/**
 * GET /flags/proxy - bootstrap config for the embeddable partner widget (widget.min.js).
 * Writes JSON directly; no result is rendered.
 */
public class FlagProxyAction extends BasePortalAction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FlagProxyAction.class);

    @Override
    public String execute() throws IOException {
        PostHogSettings ph = posthogSettings();

        JsonObject cfg = new JsonObject();
        cfg.addProperty("host", ph.getHost());
        cfg.addProperty("projectKey", ph.getProjectApiKey());
        cfg.addProperty("personalApiKey", ph.getPersonalApiKey());
        cfg.addProperty("pollSeconds", ph.getPollSeconds());

        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-PostHog-Flags-Key", ph.getFlagsSecureKey());
        PrintWriter out = response.getWriter();
        out.write(cfg.toString());
        out.flush();

        LOG.debug("Served widget bootstrap to " + request.getRemoteAddr());
        return NONE;
    }
}
