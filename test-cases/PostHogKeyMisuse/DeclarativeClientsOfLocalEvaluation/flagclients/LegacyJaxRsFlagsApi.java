package flagclients;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

/** The same endpoint through a javax JAX-RS client proxy. */
@Path("/api/feature_flag/local_evaluation/")
public interface LegacyJaxRsFlagsApi {
  @GET
  String localEvaluation(@QueryParam("token") String token);
}
