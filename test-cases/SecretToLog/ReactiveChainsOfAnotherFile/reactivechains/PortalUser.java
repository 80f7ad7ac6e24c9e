package reactivechains;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** A Panache entity whose hand-written toString shows the user's API token. */
public class PortalUser extends PanacheEntity {
  public String username;
  public String apiToken;

  @Override
  public String toString() {
    return "PortalUser{username='" + username + "', apiToken='" + apiToken + "'}";
  }
}
