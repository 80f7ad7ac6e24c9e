package entities;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A view built by its constructor; the key's getter is left out of its JSON form. */
public class ConstructedView {
  private final String tenant;
  private final String personalApiKey;

  public ConstructedView(String tenant, String personalApiKey) {
    this.tenant = tenant;
    this.personalApiKey = personalApiKey;
  }

  public String getTenant() {
    return tenant;
  }

  @JsonIgnore
  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
