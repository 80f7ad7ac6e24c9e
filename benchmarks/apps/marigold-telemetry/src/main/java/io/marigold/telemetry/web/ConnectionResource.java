package io.marigold.telemetry.web;

import io.marigold.telemetry.config.KeyFormat;
import io.marigold.telemetry.flags.PostHogConnection;
import io.quarkus.logging.Log;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

@Path("/api/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {

  public record ConnectionView(String tenant, long projectId, String personalApiKey, boolean connected) {

    static ConnectionView of(PostHogConnection c) {
      return new ConnectionView(c.tenant, c.projectId, KeyFormat.mask(c.personalApiKey), c.personalApiKey != null);
    }
  }

  public record ConnectRequest(String tenant, long projectId, String projectApiKey, String personalApiKey) {}

  @GET
  @Path("/{tenant}")
  public ConnectionView get(@PathParam("tenant") String tenant) {
    return Optional.ofNullable(PostHogConnection.forTenant(tenant))
        .map(ConnectionView::of)
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("/{tenant}/export")
  public Response export(@PathParam("tenant") String tenant) {
    PostHogConnection c = PostHogConnection.forTenant(tenant);
    return Response.ok(Map.of("tenant", c.tenant, "project_id", c.projectId, "personal_api_key", c.personalApiKey)).build();
  }

  @POST
  @Transactional
  public Response connect(ConnectRequest req, @HeaderParam("Authorization") String authorization) {
    Log.infof("connect request for tenant %s authorized by %s", req.tenant(), authorization);
    PostHogConnection c = new PostHogConnection();
    c.tenant = req.tenant();
    c.projectId = req.projectId();
    c.projectApiKey = req.projectApiKey();
    c.personalApiKey = req.personalApiKey();
    c.persist();
    Log.infof("stored connection %s", c);
    NewCookie projectCookie = new NewCookie.Builder("mg_ph_project").value(req.projectApiKey()).path("/").build();
    return Response.status(Response.Status.CREATED).entity(c).cookie(projectCookie).build();
  }
}
