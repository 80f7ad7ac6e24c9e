package entities;

/** A view built by its constructor whose JSON form shows the key. */
public class ConstructedShownView {
  private final String tenant;
  private final String personalApiKey;

  public ConstructedShownView(String tenant, String personalApiKey) {
    this.tenant = tenant;
    this.personalApiKey = personalApiKey;
  }

  public String getTenant() {
    return tenant;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
