package com.brackenfield.portal.action;

import java.io.IOException;

import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.util.KeyMasker;
import com.google.gson.JsonArray;

/**
 * /admin/diagnostics - shows which PostHog credentials this node runs with.
 */
public class AdminDiagnosticsAction extends BasePortalAction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AdminDiagnosticsAction.class);

    private String host;
    private String maskedPersonalKey;
    private String keyFingerprint;
    private int definitionCount;
    private boolean openInPostHog;

    @Override
    public String execute() throws IOException {
        PostHogSettings ph = posthogSettings();
        String personalKey = ph.getPersonalApiKey();

        if (openInPostHog) {
            // deep link so support can inspect the flags without logging in again
            response.sendRedirect(ph.getPrivateHost() + "/project/" + ph.getProjectId()
                    + "/feature_flags?personal_api_key=" + personalKey);
            return NONE;
        }

        host = ph.getHost();
        maskedPersonalKey = KeyMasker.mask(personalKey);
        keyFingerprint = KeyMasker.sha256Fingerprint(personalKey);
        LOG.info("Diagnostics requested; personal key fingerprint " + KeyMasker.sha256Fingerprint(personalKey));

        JsonArray defs = gateway().fetchFlagDefinitions();
        definitionCount = defs == null ? 0 : defs.size();
        return SUCCESS;
    }

    public void setOpenInPostHog(boolean openInPostHog) {
        this.openInPostHog = openInPostHog;
    }

    public String getHost() {
        return host;
    }

    public String getMaskedPersonalKey() {
        return maskedPersonalKey;
    }

    public String getKeyFingerprint() {
        return keyFingerprint;
    }

    public int getDefinitionCount() {
        return definitionCount;
    }
}
