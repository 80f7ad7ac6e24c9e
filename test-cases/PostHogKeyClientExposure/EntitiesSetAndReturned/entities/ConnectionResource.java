package entities;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * Entities of other files, given the key member by member and returned as JSON; or read by a
 * library call whose result's type only the method's declared type tells.
 */
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

  @POST
  @Path("/constructed")
  public ConstructedView constructed(ConnectRequest request) {
    return new ConstructedView(request.tenant(), request.personalApiKey());
  }

  @POST
  @Path("/constructed-shown")
  public ConstructedShownView constructedShown(ConnectRequest request) {
    return new ConstructedShownView(request.tenant(), request.personalApiKey()); // Noncompliant
  }

  private final ObjectMapper mapper = new ObjectMapper();

  @GET
  @Path("/public")
  public List<PublicKeyEntity> cachedShown(String cached) throws IOException {
    return mapper.readValue(cached, new TypeReference<List<PublicKeyEntity>>() {}); // Noncompliant
  }

  @GET
  @Path("/ignored")
  public IgnoredKeyEntity[] cachedIgnored(String cached) throws IOException {
    return mapper.readValue(cached, IgnoredKeyEntity[].class);
  }

  /** A record is a view the code builds: judged where it is built (here, with a masked key). */
  public record KeyView(String tenant, String personalApiKey) {
    static KeyView of(PublicKeyEntity entity) {
      return new KeyView(entity.tenant, entity.personalApiKey.substring(0, 4) + "…");
    }
  }

  @GET
  @Path("/views")
  public List<KeyView> cachedViews(String cached) throws IOException {
    return mapper.readValue(cached, new TypeReference<List<KeyView>>() {});
  }
}
