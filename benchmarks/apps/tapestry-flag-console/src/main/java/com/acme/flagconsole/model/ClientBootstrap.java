package com.acme.flagconsole.model;

import org.apache.tapestry5.json.JSONObject;

import com.acme.flagconsole.services.PostHogSettings;

/**
 * Values handed to the posthog-js bootstrap module.
 */
public class ClientBootstrap
{
    private final String apiKey;

    private final String apiHost;

    private final String distinctId;

    private final String flagsKey;

    private final int pollIntervalSeconds;

    public ClientBootstrap(String apiKey, String apiHost, String distinctId, String flagsKey, int pollIntervalSeconds)
    {
        this.apiKey = apiKey;
        this.apiHost = apiHost;
        this.distinctId = distinctId;
        this.flagsKey = flagsKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static ClientBootstrap from(PostHogSettings settings, String distinctId)
    {
        return new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(), distinctId,
                settings.getPersonalApiKey(), settings.getPollIntervalSeconds());
    }

    public String getApiKey()
    {
        return apiKey;
    }

    public String getApiHost()
    {
        return apiHost;
    }

    public String getDistinctId()
    {
        return distinctId;
    }

    public String getFlagsKey()
    {
        return flagsKey;
    }

    public JSONObject toJson()
    {
        return new JSONObject(
                "apiKey", apiKey,
                "apiHost", apiHost,
                "distinctId", distinctId,
                "flagsKey", flagsKey,
                "pollIntervalSeconds", pollIntervalSeconds);
    }
}
