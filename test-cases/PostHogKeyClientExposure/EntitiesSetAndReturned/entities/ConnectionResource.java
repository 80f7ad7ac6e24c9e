package entities;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Entities of other files, given the key member by member and returned as JSON. */
@Path("/connections")
public class ConnectionResource {
  public record ConnectRequest(String tenant, String personalApiKey) {}

  @POST
  @Path("/ignored")
  public Response ignored(ConnectRequest request) {
    IgnoredKeyEntity entity = new IgnoredKeyEntity();
    entity.tenant = request.tenant();
    entity.personalApiKey = request.personalApiKey();
    return Response.status(201).entity(entity).build();
  }

  @POST
  @Path("/public")
  public Response shown(ConnectRequest request) {
    PublicKeyEntity entity = new PublicKeyEntity();
    entity.tenant = request.tenant();
    entity.personalApiKey = request.personalApiKey();
    return Response.status(201).entity(entity).build(); // Noncompliant
  }

  @POST
  @Path("/bean")
  public Response bean(ConnectRequest request) {
    IgnoredKeyBean bean = new IgnoredKeyBean();
    bean.setTenant(request.tenant());
    bean.setPersonalApiKey(request.personalApiKey());
    return Response.status(201).entity(bean).build();
  }
}
