package gg.emberforge.flagsync.config;

/** The {@code admin-panel:} section of config.yml. */
public record PanelConfig(boolean enabled, int port, String username, String password) {

  public static final String DEFAULT_PASSWORD = "changeme";

  public boolean usesDefaultPassword() {
    return DEFAULT_PASSWORD.equals(password);
  }
}
