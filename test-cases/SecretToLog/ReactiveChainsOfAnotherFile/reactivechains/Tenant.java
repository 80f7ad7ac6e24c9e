package reactivechains;

import io.smallrye.mutiny.Uni;

/** An entity whose hand-written toString shows the token a tenant calls the API with. */
public class Tenant {
  public String slug;
  public String apiToken;
  public int apiTokenVersion;

  public static Uni<Tenant> findBySlug(String slug) {
    return null;
  }

  public static Uni<Long> countActive() {
    return null;
  }

  @Override
  public String toString() {
    return "Tenant{slug='" + slug + "', apiToken='" + apiToken + "'}";
  }
}
