package com.acme.flagconsole.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.json.JSONArray;
import org.apache.tapestry5.json.JSONObject;
import org.hibernate.Session;

import com.acme.flagconsole.entities.ApiCredential;
import com.acme.flagconsole.entities.FlagOverride;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public class FlagSyncServiceImpl implements FlagSyncService
{
    private static final Logger LOG = LogManager.getLogger(FlagSyncServiceImpl.class);

    private final Session session;

    private final PostHogInterface posthog;

    private final PostHogSettings settings;

    public FlagSyncServiceImpl(Session session, PostHogInterface posthog, PostHogSettings settings)
    {
        this.session = session;
        this.posthog = posthog;
        this.settings = settings;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<FlagOverride> listOverrides()
    {
        return session.createQuery("from FlagOverride o order by o.flagKey").list();
    }

    @Override
    public Map<String, Object> evaluateFlags(String distinctId, List<String> flagKeys)
    {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys)
        {
            values.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey));
        }
        return values;
    }

    @Override
    public int pullFlagDefinitions() throws FlagSyncException
    {
        ApiCredential credential = (ApiCredential) session
                .createQuery("from ApiCredential c where c.provider = :provider and c.active = true")
                .setParameter("provider", "posthog")
                .uniqueResult();

        String bearer = credential != null ? credential.getToken() : settings.getAdminPersonalApiKey();

        if (credential != null)
        {
            LOG.info("Pulling flag definitions for project {} with credential {}", settings.getProjectId(), credential);
            LOG.debug("Credential kind {} last rotated {}", credential.getTokenKind(), credential.getRotatedAt());
        }
        LOG.debug("Admin key fingerprint {}", DigestUtils.sha256Hex(bearer));

        HttpURLConnection connection = null;
        try
        {
            URL url = new URL(PostHogSymbols.PRIVATE_API_HOST + "/api/projects/" + settings.getProjectId() + "/feature_flags/?limit=200");
            connection = (HttpURLConnection) url.openConnection();
            connection.setRequestProperty(PostHogSymbols.AUTHORIZATION_HEADER, "Bearer " + bearer);
            connection.setRequestProperty("Accept", "application/json");
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(15000);

            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK)
            {
                throw new FlagSyncException(status, bearer);
            }

            JSONArray results;
            try (InputStream in = connection.getInputStream(); Scanner scanner = new Scanner(in, StandardCharsets.UTF_8.name()))
            {
                results = new JSONObject(scanner.useDelimiter("\\A").next()).getJSONArray("results");
            }

            for (int i = 0; i < results.length(); i++)
            {
                JSONObject flag = results.getJSONObject(i);
                upsertOverride(flag.getString("key"), flag.getBoolean("active"));
            }

            LOG.info("Synchronised {} flag definitions", results.length());
            recordSync(results.length());
            return results.length();
        }
        catch (IOException e)
        {
            throw new FlagSyncException("Flag definition request failed", e);
        }
        finally
        {
            if (connection != null)
            {
                connection.disconnect();
            }
        }
    }

    @Override
    public void saveOverride(FlagOverride override)
    {
        override.setUpdatedAt(new Date());
        session.saveOrUpdate(override);
        LOG.info("Override {} saved from console session {}", override.getFlagKey(), override.getSessionId());
    }

    private void upsertOverride(String flagKey, boolean active)
    {
        FlagOverride existing = (FlagOverride) session
                .createQuery("from FlagOverride o where o.flagKey = :flagKey and o.distinctId is null")
                .setParameter("flagKey", flagKey)
                .uniqueResult();

        if (existing == null)
        {
            existing = new FlagOverride();
            existing.setFlagKey(flagKey);
        }
        existing.setEnabled(active);
        existing.setUpdatedAt(new Date());
        session.saveOrUpdate(existing);
    }

    private void recordSync(int count)
    {
        PostHogInterface audit = PostHog.with(PostHogConfig.builder(settings.getAdminPersonalApiKey()).host(settings.getHost()).build());
        try
        {
            audit.capture("flag-console", "flag definitions synced");
            LOG.debug("Recorded sync of {} flags", count);
        }
        finally
        {
            audit.flush();
            audit.close();
        }
    }
}
