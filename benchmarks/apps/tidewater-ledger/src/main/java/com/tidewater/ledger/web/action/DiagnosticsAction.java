package com.tidewater.ledger.web.action;

import com.opensymphony.xwork2.ActionSupport;
import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.util.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Admin-only page that shows how analytics is wired, for support tickets.
 */
public class DiagnosticsAction extends ActionSupport {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(DiagnosticsAction.class);

    private String summary;
    private String keyFingerprint;

    @Override
    public String execute() {
        AnalyticsSettings settings = AnalyticsSettings.get();
        LOG.info("Diagnostics requested; analytics settings: {}", settings);

        summary = "host=" + settings.getHost() + ", personal key " + KeyMasker.mask(settings.getPersonalApiKey())
                + ", local evaluation " + (settings.isLocalEvaluation() ? "on" : "off");
        keyFingerprint = KeyMasker.fingerprint(settings.getPersonalApiKey());
        return SUCCESS;
    }

    public String getSummary() {
        return summary;
    }

    public String getKeyFingerprint() {
        return keyFingerprint;
    }
}
