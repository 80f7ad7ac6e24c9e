package com.northwind.flagconsole.web.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.posthog.ApiCredentials;
import com.northwind.flagconsole.posthog.FlagDefinition;
import com.northwind.flagconsole.posthog.PostHogApiClient;
import java.time.Instant;
import java.util.List;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.spring.injection.annot.SpringBean;

/**
 * /export/flags.json: a snapshot the release team imports into the staging console.
 */
public class FlagExportResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    public record ExportEnvelope(Instant exportedAt, ApiCredentials source, List<FlagDefinition> flags) {
    }

    @SpringBean
    private PostHogApiClient api;

    @SpringBean
    private PostHogSettings settings;

    @SpringBean
    private ObjectMapper mapper;

    public FlagExportResource() {
        Injector.get().inject(this);
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/json");
        response.setFileName("flags-" + settings.getProjectId() + ".json");
        response.setLastModified(Instant.now());
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                ExportEnvelope envelope = new ExportEnvelope(Instant.now(), settings.credentials(), api.listFlags());
                try {
                    attributes.getResponse().write(mapper.writeValueAsString(envelope));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Could not serialise export", e);
                }
            }
        });
        return response;
    }
}
