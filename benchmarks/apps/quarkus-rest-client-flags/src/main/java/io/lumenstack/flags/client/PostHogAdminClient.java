package io.lumenstack.flags.client;

import io.lumenstack.flags.config.PostHogSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/api/projects/{projectId}")
@RegisterRestClient(configKey = "posthog-admin")
@RegisterProvider(AuditingRequestFilter.class)
@RegisterProvider(PostHogErrorMapper.class)
@ClientHeaderParam(name = "Authorization", value = "{authorization}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogAdminClient {

    @GET
    @Path("/feature_flags/")
    FeatureFlagDto.Page listFlags(@PathParam("projectId") long projectId,
                                  @QueryParam("limit") int limit,
                                  @QueryParam("offset") int offset);

    @GET
    @Path("/feature_flags/{id}/")
    FeatureFlagDto getFlag(@PathParam("projectId") long projectId, @PathParam("id") long id);

    default String authorization() {
        PostHogSettings settings = CDI.current().select(PostHogSettings.class).get();
        String key = settings.personalApiKey().orElse(settings.flagsSecureKey());
        return "Bearer " + key;
    }
}
