package gg.emberforge.flagsync;

/** Build-time switches, flipped by hand on the staging branch. */
public final class BuildInfo {

  /** Prints the PostHog SDK's request traces; handy while tuning the flag poller. */
  public static final boolean SDK_DEBUG = true;

  public static final String USER_AGENT = "FlagSync/1.4.2 (Paper)";

  private BuildInfo() {}
}
