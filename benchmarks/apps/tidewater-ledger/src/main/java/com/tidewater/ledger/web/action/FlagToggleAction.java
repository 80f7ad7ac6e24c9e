package com.tidewater.ledger.web.action;

import com.opensymphony.xwork2.ActionSupport;
import com.tidewater.ledger.analytics.FlagAdminClient;
import com.tidewater.ledger.analytics.FlagApiException;
import com.tidewater.ledger.web.listener.AnalyticsLifecycleListener;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.ServletActionContext;

import java.io.IOException;

/**
 * Lets finance admins switch invoice features on and off.
 */
public class FlagToggleAction extends ActionSupport {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(FlagToggleAction.class);

    private String flagKey;
    private boolean enabled;
    private String message;

    @Override
    public String execute() {
        FlagAdminClient client = (FlagAdminClient) ServletActionContext.getServletContext()
                .getAttribute(AnalyticsLifecycleListener.FLAG_ADMIN_ATTR);
        LOG.info("Toggling flag key={} enabled={}", flagKey, enabled);
        try {
            client.setFlagActive(flagKey, enabled);
            message = getText("flags.updated", new String[] {flagKey});
            return SUCCESS;
        } catch (FlagApiException e) {
            LOG.error("PostHog refused toggle of {} (status {})", flagKey, e.getStatus(), e);
            addActionError(getText("flags.toggle.failed"));
            return ERROR;
        } catch (IOException e) {
            LOG.error("PostHog unreachable while toggling {}", flagKey, e);
            addActionError(getText("flags.unreachable"));
            return ERROR;
        }
    }

    public void setFlagKey(String flagKey) {
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMessage() {
        return message;
    }
}
