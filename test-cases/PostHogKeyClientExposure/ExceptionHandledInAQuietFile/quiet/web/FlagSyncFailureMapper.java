package quiet.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import quiet.jobs.FlagSyncFailure;

/**
 * Nothing in this file's text speaks of a secret: the project brings it in because it names an
 * exception another file builds with a key.
 */
public class FlagSyncFailureMapper implements ExceptionMapper<FlagSyncFailure> {
  public record ErrorBody(String code, String detail, int status) {}

  @Override
  public Response toResponse(FlagSyncFailure failure) {
    return Response.status(502)
        .entity(new ErrorBody("FLAG_SYNC_FAILED", failure.getMessage(), failure.status())) // Noncompliant
        .build();
  }
}
