package com.northwind.partners.web.resources;

import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.resource.AbstractResource;

import com.google.inject.Inject;
import com.northwind.partners.config.PortalSettings;
import com.northwind.partners.config.PostHogKeys;

/**
 * JSON consumed by the partner dashboard's JavaScript to bootstrap feature flags before the
 * first /flags round trip.
 */
public class FlagConfigResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalSettings settings;

    public FlagConfigResource() {
        Injector.get().inject(this);
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        String json = "{\"host\":\"" + settings.getPosthogHost() + "\","
                + "\"projectKey\":\"" + settings.getProjectApiKey() + "\","
                + "\"flagsKey\":\"" + settings.getFlagsSecureKey() + "\","
                + "\"flags\":[\"" + PostHogKeys.FLAG_NEW_DASHBOARD + "\",\"" + PostHogKeys.FLAG_BULK_UPLOAD + "\"]}";

        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/json");
        response.setTextEncoding("UTF-8");
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attrs) {
                attrs.getResponse().write(json);
            }
        });
        return response;
    }
}
