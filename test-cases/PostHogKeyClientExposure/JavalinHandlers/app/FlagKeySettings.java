package app;

/** Built by a loader of another file; its own copies are masked. */
public record FlagKeySettings(String host, String secretKey) {
  public FlagKeySettings redacted() {
    return new FlagKeySettings(host, mask(secretKey));
  }

  private static String mask(String key) {
    return key == null || key.length() < 8 ? "****" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
