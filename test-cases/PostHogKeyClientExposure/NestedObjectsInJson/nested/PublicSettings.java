package nested;

/** Settings a page may see: they hold only the masked keys. */
public class PublicSettings {
  private final String host;
  private final MaskedKeys keys;

  public PublicSettings(String host, MaskedKeys keys) {
    this.host = host;
    this.keys = keys;
  }

  public String getHost() {
    return host;
  }

  public MaskedKeys getKeys() {
    return keys;
  }
}
