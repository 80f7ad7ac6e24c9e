package io.marigold.telemetry.web;

import io.marigold.telemetry.flags.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

  @Override
  public Response toResponse(FlagSyncException e) {
    Map<String, String> body = Map.of("error", "flag_sync_failed", "detail", e.getMessage());
    return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
