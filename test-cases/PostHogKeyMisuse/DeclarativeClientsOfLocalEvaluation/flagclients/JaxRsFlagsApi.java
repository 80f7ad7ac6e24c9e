package flagclients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The same endpoint through a MicroProfile REST client's interface. */
@Path("/api/feature_flag")
public interface JaxRsFlagsApi {
  @GET
  @Path("/local_evaluation/")
  String localEvaluation(@QueryParam("token") String token);

  @GET
  @Path("/local_evaluation/")
  String definitions(@jakarta.ws.rs.HeaderParam("Authorization") String bearer);
}
