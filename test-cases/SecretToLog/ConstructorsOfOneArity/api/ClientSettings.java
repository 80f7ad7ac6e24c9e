package api;

/** Settings that hold a proxy URL with its password. */
public class ClientSettings {
  private final String proxyUrl = System.getenv("HTTPS_PROXY_WITH_PASSWORD");
  private final String proxyPassword = System.getenv("PROXY_PASSWORD");

  public String getProxyUrl() {
    return proxyUrl;
  }

  public boolean isStrict() {
    return proxyPassword != null;
  }

  @Override
  public String toString() {
    return "ClientSettings(proxyPassword=" + proxyPassword + ")";
  }
}
