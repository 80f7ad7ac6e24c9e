package com.acme.flagconsole.pages.admin;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.PersistenceConstants;
import org.apache.tapestry5.annotations.Persist;
import org.apache.tapestry5.annotations.Property;
import org.apache.tapestry5.ioc.annotations.Inject;

import com.acme.flagconsole.entities.ApiCredential;
import com.acme.flagconsole.services.PostHogClientFactory;
import com.acme.flagconsole.services.PostHogSettings;
import com.acme.flagconsole.services.PostHogSymbols;
import com.posthog.server.PostHogInterface;

/**
 * Shows how the PostHog integration is configured.
 */
public class Diagnostics
{
    private static final Logger LOG = LogManager.getLogger(Diagnostics.class);

    @Inject
    private PostHogSettings settings;

    @Inject
    private PostHogClientFactory clientFactory;

    @Property
    private String posthogHost;

    @Property
    private String localEvaluationKey;

    @Property
    private boolean apiKeyConfigured;

    @Property
    private ApiCredential.TokenKind tokenKind;

    @Property
    private int pollIntervalSeconds;

    @Property
    @Persist(PersistenceConstants.FLASH)
    private String verifyResult;

    void setupRender()
    {
        posthogHost = settings.getHost();
        pollIntervalSeconds = settings.getPollIntervalSeconds();
        apiKeyConfigured = settings.hasPersonalApiKey();
        tokenKind = ApiCredential.TokenKind.PERSONAL_API_KEY;

        if (!apiKeyConfigured)
        {
            LOG.warn("Local evaluation disabled: set {} in app.properties", PostHogSymbols.PERSONAL_API_KEY);
            return;
        }

        localEvaluationKey = settings.getPersonalApiKey();
        LOG.info("Diagnostics rendered, apiKeyConfigured={}, tokenKind={}", apiKeyConfigured, tokenKind);
    }

    void onActionFromVerify()
    {
        PostHogInterface troubleshooting = clientFactory.createTroubleshootingClient();
        PostHogInterface evaluation = clientFactory.createFlagEvaluationClient();
        try
        {
            troubleshooting.reloadFeatureFlags();
            evaluation.reloadFeatureFlags();
            boolean remote = troubleshooting.isFeatureEnabled("diagnostics", "flag-console-healthcheck");
            boolean local = evaluation.isFeatureEnabled("diagnostics", "flag-console-healthcheck");
            verifyResult = remote == local ? "Local and remote evaluation agree" : "Local evaluation differs from remote";
        }
        finally
        {
            troubleshooting.close();
            evaluation.close();
        }
    }
}
