package org.lanternboard.web.api;

import org.apache.wicket.request.resource.AbstractResource;
import org.lanternboard.web.LanternApplication;
import org.lanternboard.web.model.IntegrationSettings;
import org.lanternboard.web.session.LanternSession;

/** Bootstrap payload for the board's client-side flag evaluation. */
public class FlagsJsonResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/json");
        if (!LanternSession.get().isSignedIn()) {
            response.setError(401);
            return response;
        }
        IntegrationSettings settings = IntegrationSettings.from(LanternApplication.get().config());
        String json = "{\"projectKey\":\"" + settings.getProjectKey() + "\",\"host\":\"" + settings.getHost()
                + "\",\"flagsKey\":\"" + settings.getSecureKey() + "\"}";
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attrs) {
                attrs.getResponse().write(json);
            }
        });
        return response;
    }
}
