import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;

/** A view built from each element by a method reference holds what its factory gives it. */
@Path("/connections")
public class ViewsMappedByReference {
  public static class Connection {
    public String tenant;
    public String personalApiKey;
  }

  public record MaskedView(String tenant, String personalApiKey) {
    static MaskedView of(Connection c) {
      return new MaskedView(c.tenant, "phx_..." + c.personalApiKey.substring(c.personalApiKey.length() - 4));
    }
  }

  public record RawView(String tenant, String personalApiKey) {
    static RawView of(Connection c) {
      return new RawView(c.tenant, c.personalApiKey);
    }
  }

  private final List<Connection> connections = List.of();

  @GET
  @Path("/masked")
  public MaskedView masked() {
    return Optional.ofNullable(connections.get(0)).map(MaskedView::of).orElseThrow();
  }

  @GET
  @Path("/all-masked")
  public List<MaskedView> allMasked() {
    return connections.stream().map(MaskedView::of).toList();
  }

  @GET
  @Path("/raw")
  public RawView raw() {
    return Optional.ofNullable(connections.get(0)).map(RawView::of).orElseThrow(); // Noncompliant
  }
}
