package objects;

/** Its toString() shows the key. */
public class ShownKey {
  public String tenant;
  public String personalApiKey;

  @Override
  public String toString() {
    return "ShownKey{tenant=" + tenant + ", personalApiKey=" + personalApiKey + "}";
  }
}
