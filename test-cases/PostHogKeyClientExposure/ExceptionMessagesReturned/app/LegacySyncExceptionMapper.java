package app;

import javax.ws.rs.ext.ExceptionMapper;

/** The javax flavour, returning a plain string. */
public class LegacySyncExceptionMapper implements ExceptionMapper<SyncException> {
  @Override
  public javax.ws.rs.core.Response toResponse(SyncException exception) {
    String body = "{\"error\":\"" + exception.getMessage() + "\"}";
    return javax.ws.rs.core.Response.serverError().type("application/json").entity(body).build(); // Noncompliant
  }
}
