package io.lumenstack.flags.client;

import io.lumenstack.flags.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

public class PostHogErrorMapper implements ResponseExceptionMapper<PostHogApiException> {

    @Inject
    PostHogSettings settings;

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public PostHogApiException toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (response.getStatus() == 401 || response.getStatus() == 403) {
            String key = settings.personalApiKey().orElse(settings.flagsSecureKey());
            return new PostHogApiException(response.getStatus(),
                    "PostHog rejected credential " + key + " for project " + settings.projectId() + ": " + body);
        }
        return new PostHogApiException(response.getStatus(),
                "PostHog API error " + response.getStatus() + ": " + body);
    }
}
