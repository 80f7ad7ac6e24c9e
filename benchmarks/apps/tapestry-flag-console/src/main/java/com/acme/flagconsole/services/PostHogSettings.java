package com.acme.flagconsole.services;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.ioc.annotations.Symbol;

/**
 * Immutable view of the PostHog related symbols.
 */
public class PostHogSettings
{
    private static final Logger LOG = LogManager.getLogger(PostHogSettings.class);

    private final String projectApiKey;

    private final String host;

    private final long projectId;

    private final String personalApiKey;

    private final String flagsSecureKey;

    private final String adminPersonalApiKey;

    private final boolean debug;

    private final int pollIntervalSeconds;

    public PostHogSettings(
            @Symbol(PostHogSymbols.PROJECT_API_KEY) String projectApiKey,
            @Symbol(PostHogSymbols.HOST) String host,
            @Symbol(PostHogSymbols.PROJECT_ID) long projectId,
            @Symbol(PostHogSymbols.PERSONAL_API_KEY) String personalApiKey,
            @Symbol(PostHogSymbols.FLAGS_SECURE_API_KEY) String flagsSecureKey,
            @Symbol(PostHogSymbols.ADMIN_PERSONAL_API_KEY) String adminPersonalApiKey,
            @Symbol(PostHogSymbols.DEBUG) boolean debug,
            @Symbol(PostHogSymbols.POLL_INTERVAL_SECONDS) int pollIntervalSeconds)
    {
        this.projectApiKey = projectApiKey;
        this.host = host;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.adminPersonalApiKey = adminPersonalApiKey;
        this.debug = debug;
        this.pollIntervalSeconds = pollIntervalSeconds;

        LOG.info("PostHog project {} ({}) on {}", projectId, projectApiKey, host);
        LOG.info("Local evaluation key {}", maskedPersonalKey());
        LOG.info("Local evaluation key length: {}", personalApiKey.length());
        LOG.debug("PostHog settings: host={}, personalApiKey={}, pollInterval={}s", host, personalApiKey, pollIntervalSeconds);
    }

    public String getProjectApiKey()
    {
        return projectApiKey;
    }

    public String getHost()
    {
        return host;
    }

    public long getProjectId()
    {
        return projectId;
    }

    public String getPersonalApiKey()
    {
        return personalApiKey;
    }

    public String getFlagsSecureKey()
    {
        return flagsSecureKey;
    }

    public String getAdminPersonalApiKey()
    {
        return adminPersonalApiKey;
    }

    public boolean isDebug()
    {
        return debug;
    }

    public int getPollIntervalSeconds()
    {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey()
    {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }

    public String maskedPersonalKey()
    {
        if (personalApiKey == null || personalApiKey.length() < 16)
        {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }
}
