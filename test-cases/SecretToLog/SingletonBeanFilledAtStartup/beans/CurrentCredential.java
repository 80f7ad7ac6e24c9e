package beans;

import org.springframework.stereotype.Component;

/** One object in the application context: what its setter is given, every reader of it gets. */
@Component
public class CurrentCredential {
  private volatile String current;
  private volatile String region = "eu";

  public void use(String value, String regionName) {
    this.current = value;
    this.region = regionName;
  }

  public String current() {
    return current;
  }

  public String region() {
    return region;
  }
}
