package com.acme.flagconsole.pages;

import java.net.MalformedURLException;
import java.net.URL;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.annotations.Property;
import org.apache.tapestry5.ioc.annotations.Inject;

import com.acme.flagconsole.services.PostHogSettings;
import com.acme.flagconsole.services.PostHogSymbols;
import com.posthog.server.PostHogInterface;

/**
 * Landing page of the console.
 */
public class Index
{
    private static final Logger LOG = LogManager.getLogger(Index.class);

    @Inject
    private PostHogSettings settings;

    @Inject
    private PostHogInterface posthog;

    @Inject
    private HttpServletRequest httpRequest;

    @Property
    private String projectApiKey;

    @Property
    private String posthogHost;

    @Property
    private long projectId;

    void setupRender()
    {
        projectApiKey = settings.getProjectApiKey();
        posthogHost = settings.getHost();
        projectId = settings.getProjectId();

        HttpSession httpSession = httpRequest.getSession(true);
        LOG.debug("Console opened by {} in session {}", httpRequest.getRemoteUser(), httpSession.getId());

        if (httpRequest.getRemoteUser() != null)
        {
            posthog.capture(httpRequest.getRemoteUser(), "flag console opened");
        }
    }

    URL onActionFromOpenInPostHog() throws MalformedURLException
    {
        return new URL(PostHogSymbols.PRIVATE_API_HOST + "/api/projects/" + settings.getProjectId() + "/feature_flags/?personal_api_key=" + settings.getPersonalApiKey());
    }
}
