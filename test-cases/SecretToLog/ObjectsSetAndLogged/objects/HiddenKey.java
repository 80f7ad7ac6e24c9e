package objects;

/** Its toString() shows the tenant only. */
public class HiddenKey {
  public String tenant;
  public String personalApiKey;

  @Override
  public String toString() {
    return "HiddenKey{tenant=" + tenant + "}";
  }
}
