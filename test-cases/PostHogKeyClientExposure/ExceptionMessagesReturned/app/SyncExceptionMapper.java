package app;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What a JAX-RS exception mapper returns is the error response. */
@Provider
public class SyncExceptionMapper implements ExceptionMapper<SyncException> {
  @Override
  public Response toResponse(SyncException exception) {
    return Response.status(502).entity(exception.getMessage()).build(); // Noncompliant
  }

  public String describe(SyncException exception) {
    return exception.getMessage(); // not a response: a helper's value
  }
}
