package wicketinputs;

import java.io.Serializable;

/** A partner whose hand-written toString() shows its API secret. */
public class Partner implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final String apiSecret;

  public Partner(String name, String apiSecret) {
    this.name = name;
    this.apiSecret = apiSecret;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "Partner{name=" + name + ", apiSecret=" + apiSecret + "}";
  }
}
