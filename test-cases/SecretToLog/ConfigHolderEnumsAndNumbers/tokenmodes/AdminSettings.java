package tokenmodes;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from relay.admin.*: the token is a secret; its mode (an enum), its lifetime (a number) and
 * whether it is required (a flag) are not, whatever their keys say.
 */
@ConfigurationProperties(prefix = "relay.admin")
public class AdminSettings {
  public enum TokenMode {
    HEADER,
    BEARER,
    DISABLED
  }

  private String token;
  private TokenMode tokenMode = TokenMode.HEADER;
  private int tokenTtlSeconds = 300;
  private boolean tokenRequired = true;

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public TokenMode getTokenMode() {
    return tokenMode;
  }

  public void setTokenMode(TokenMode tokenMode) {
    this.tokenMode = tokenMode;
  }

  public int getTokenTtlSeconds() {
    return tokenTtlSeconds;
  }

  public void setTokenTtlSeconds(int tokenTtlSeconds) {
    this.tokenTtlSeconds = tokenTtlSeconds;
  }

  public boolean isTokenRequired() {
    return tokenRequired;
  }

  public void setTokenRequired(boolean tokenRequired) {
    this.tokenRequired = tokenRequired;
  }
}
