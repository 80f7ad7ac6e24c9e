package com.tripwise.itinerary.resource;

import com.tripwise.itinerary.jobs.FlagSyncException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

  public record ErrorBody(String code, String detail, int upstreamStatus) {}

  @Override
  public Response toResponse(FlagSyncException exception) {
    Log.warnf("Manual flag sync failed (upstream %d)", exception.upstreamStatus());
    return Response.status(Response.Status.BAD_GATEWAY).entity(new ErrorBody("FLAG_SYNC_FAILED", exception.getMessage(), exception.upstreamStatus())).build();
  }
}
