package io.marigold.telemetry.web;

import io.marigold.telemetry.flags.FlagSyncJob;
import io.marigold.telemetry.flags.PostHogConnection;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/api/admin/sync")
public class SyncResource {

  @Inject FlagSyncJob job;

  @POST
  @Path("/{tenant}")
  @Transactional
  public Response syncNow(@PathParam("tenant") String tenant) {
    job.sync(PostHogConnection.forTenant(tenant));
    return Response.accepted().build();
  }
}
