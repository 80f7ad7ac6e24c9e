package com.acme.flags.core.models;

import javax.annotation.PostConstruct;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.DefaultInjectionStrategy;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.ScriptVariable;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;

import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.services.PostHogCredentials;
import com.day.cq.wcm.api.WCMMode;
import com.day.cq.wcm.api.Page;
import com.google.gson.JsonObject;

/**
 * Backs the posthog-snippet component that the page template includes in the head.
 */
@Model(adaptables = SlingHttpServletRequest.class, defaultInjectionStrategy = DefaultInjectionStrategy.OPTIONAL)
public class PostHogSnippetModel {

    @OSGiService
    private PostHogClientService postHog;

    @SlingObject
    private SlingHttpServletRequest request;

    @ScriptVariable
    private Page currentPage;

    private PostHogCredentials credentials;

    @PostConstruct
    protected void init() {
        credentials = postHog.getCredentials();
    }

    public String getProjectApiKey() {
        return credentials.getProjectApiKey();
    }

    public String getApiHost() {
        return credentials.getHost();
    }

    public String getPageTemplate() {
        return currentPage != null ? currentPage.getTemplate().getName() : "";
    }

    /**
     * Bootstrap object for posthog-js. In the page editor we also pass the admin key so the
     * "flag overrides" panel of the authoring toolbar can toggle flags in PostHog directly.
     */
    public String getBootstrapJson() {
        JsonObject bootstrap = new JsonObject();
        bootstrap.addProperty("api_host", credentials.getHost());
        bootstrap.addProperty("template", getPageTemplate());
        if (WCMMode.fromRequest(request) == WCMMode.EDIT) {
            bootstrap.addProperty("adminKey", credentials.getPersonalApiKey());
        }
        return bootstrap.toString();
    }
}
