package once;

/** Where the proxy forwards to, and with what: a plain class the application creates once. */
public final class Upstream {
  private final String url;
  private final String headerValue;
  private final String publicHeaderValue;

  public Upstream(String url, String headerValue, String publicHeaderValue) {
    this.url = url;
    this.headerValue = headerValue;
    this.publicHeaderValue = publicHeaderValue;
  }

  public String url() {
    return url;
  }

  public String headerValue() {
    return headerValue;
  }

  public String publicHeaderValue() {
    return publicHeaderValue;
  }
}
