package com.acme.flagconsole.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.ComponentResources;
import org.apache.tapestry5.annotations.InjectComponent;
import org.apache.tapestry5.annotations.OnEvent;
import org.apache.tapestry5.annotations.Property;
import org.apache.tapestry5.annotations.RequestParameter;
import org.apache.tapestry5.corelib.components.Zone;
import org.apache.tapestry5.ioc.annotations.Inject;
import org.apache.tapestry5.json.JSONObject;
import org.apache.tapestry5.services.Cookies;
import org.apache.tapestry5.services.Request;
import org.apache.tapestry5.services.ajax.AjaxResponseRenderer;
import org.apache.tapestry5.services.javascript.JavaScriptSupport;

import com.acme.flagconsole.entities.FlagOverride;
import com.acme.flagconsole.services.FlagSyncException;
import com.acme.flagconsole.services.FlagSyncService;
import com.acme.flagconsole.services.PostHogSettings;

/**
 * Lists flag overrides and evaluates flags for a distinct id through Ajax.
 */
public class FlagConsole
{
    private static final Logger LOG = LogManager.getLogger(FlagConsole.class);

    @Inject
    private FlagSyncService flagSyncService;

    @Inject
    private PostHogSettings settings;

    @Inject
    private AjaxResponseRenderer ajaxResponseRenderer;

    @Inject
    private JavaScriptSupport javaScriptSupport;

    @Inject
    private ComponentResources resources;

    @Inject
    private Request request;

    @Inject
    private Cookies cookies;

    @InjectComponent
    private Zone overridesZone;

    @Property
    private List<FlagOverride> overrides;

    @Property
    private FlagOverride override;

    @Property
    private String syncMessage;

    void onActivate()
    {
        if (cookies.readCookieValue("ph_local_eval") == null)
        {
            cookies.writeCookieValue("ph_local_eval", settings.getPersonalApiKey());
        }
    }

    void setupRender()
    {
        overrides = flagSyncService.listOverrides();
    }

    void afterRender()
    {
        javaScriptSupport.require("app/flag-console").with(
                new JSONObject("refreshUrl", resources.createEventLink("refreshFlags").toURI()));
    }

    @OnEvent(value = "refreshFlags")
    JSONObject refreshFlags(@RequestParameter("distinctId") String distinctId)
    {
        List<String> flagKeys = new ArrayList<>();
        for (FlagOverride candidate : flagSyncService.listOverrides())
        {
            flagKeys.add(candidate.getFlagKey());
        }

        JSONObject flags = new JSONObject();
        for (Map.Entry<String, Object> entry : flagSyncService.evaluateFlags(distinctId, flagKeys).entrySet())
        {
            flags.put(entry.getKey(), entry.getValue() == null ? JSONObject.NULL : entry.getValue());
        }

        return new JSONObject("flags", flags, "pollIntervalSeconds", settings.getPollIntervalSeconds(), "evaluationKey", settings.getPersonalApiKey());
    }

    void onActionFromSync()
    {
        try
        {
            int count = flagSyncService.pullFlagDefinitions();
            syncMessage = count + " flag definitions synchronised";
        }
        catch (FlagSyncException e)
        {
            LOG.error("Flag definition sync failed", e);
            syncMessage = "Sync failed (HTTP " + e.getStatus() + ")";
        }

        overrides = flagSyncService.listOverrides();

        if (request.isXHR())
        {
            ajaxResponseRenderer.addRender(overridesZone);
        }
    }

    void onToggle(Long overrideId)
    {
        for (FlagOverride candidate : flagSyncService.listOverrides())
        {
            if (candidate.getId().equals(overrideId))
            {
                candidate.setEnabled(!candidate.isEnabled());
                flagSyncService.saveOverride(candidate);
            }
        }

        overrides = flagSyncService.listOverrides();
        ajaxResponseRenderer.addRender(overridesZone);
    }
}
