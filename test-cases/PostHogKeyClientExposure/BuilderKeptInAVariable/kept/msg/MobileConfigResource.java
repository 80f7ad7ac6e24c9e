package kept.msg;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Returns what another file built in a builder kept in a variable. */
@Path("/config")
public class MobileConfigResource {
  private final MobileConfigFactory factory = new MobileConfigFactory();

  @GET
  @Path("/mobile")
  public MobileConfig mobile(@QueryParam("platform") String platform) {
    return factory.forPlatform(platform); // Noncompliant
  }

  @GET
  @Path("/web")
  public MobileConfig web() {
    return factory.forWeb();
  }
}
