package com.brackenfield.portal.action;

import java.util.Collections;
import java.util.List;

import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.model.FlagView;

/**
 * Renders the flag dashboard (dashboard.jsp) for the logged-in partner.
 */
public class FlagDashboardAction extends BasePortalAction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FlagDashboardAction.class);

    private List<FlagView> flags = Collections.emptyList();

    @Override
    public String execute() {
        if (currentPartner() == null) {
            return LOGIN;
        }
        PostHogSettings ph = posthogSettings();
        flags = gateway().fetchDashboardFlags();

        request.setAttribute("posthogHost", ph.getHost());
        request.setAttribute("posthogProjectKey", ph.getProjectApiKey());
        // the partner widget evaluates flags in the browser, it needs the flags key too
        request.setAttribute("flagsSecureKey", ph.getFlagsSecureKey());

        LOG.debug("Dashboard for " + currentPartner() + " with " + flags.size() + " flags");
        return SUCCESS;
    }

    public List<FlagView> getFlags() {
        return flags;
    }

    public String getPartnerName() {
        return currentPartner();
    }
}
