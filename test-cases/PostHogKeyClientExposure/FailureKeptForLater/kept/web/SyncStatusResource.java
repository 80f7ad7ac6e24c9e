package kept.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import kept.jobs.KeptSyncJob;

/** The message of a failure another file built with the key and kept, read by a method reference. */
@Path("/sync")
public class SyncStatusResource {
  private final KeptSyncJob job = new KeptSyncJob();

  @GET
  @Path("/last-error")
  public String lastError() {
    return job.lastFailure().map(Throwable::getMessage).orElse("none"); // Noncompliant
  }

  @GET
  @Path("/last-error-text")
  public String lastErrorText() {
    return job.lastFailure().map(failure -> "failed: " + failure.getMessage()).orElse("none"); // Noncompliant
  }

  @GET
  @Path("/last-timeout")
  public String lastTimeout() {
    return job.lastTimeout().map(Throwable::getMessage).orElse("none");
  }

  @GET
  @Path("/failing")
  public boolean failing() {
    return job.lastFailure().isPresent();
  }
}
