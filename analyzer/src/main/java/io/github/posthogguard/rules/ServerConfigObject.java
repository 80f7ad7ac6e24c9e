package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import java.util.Optional;

/**
 * One {@code com.posthog.server.PostHogConfig} or {@code PostHogConfig.Builder} object as far as
 * the source of one method tells: whether debug is on, whether a personal API key is set, whether
 * local evaluation (the only request that carries the key) is on, and where each was decided. A
 * builder's {@code personalApiKey(k)} turns local evaluation on for a non-null {@code k} unless
 * {@code localEvaluation(..)} was called before, and {@code build()} leaves it off if neither was
 * called (posthog-server 2.3.3). A config's {@code setPersonalApiKey(k)} is taken to do the same
 * where nothing switched local evaluation (the catalog's trigger shape {@code setPersonalApiKey(x)}
 * + {@code setDebug(true)}): a key is set for nothing but local evaluation.
 */
final class ServerConfigObject {
  /** A setting's value: known on or off, unknown, or never set (off until a key is set). */
  enum Setting {
    ON,
    OFF,
    UNKNOWN,
    UNSET;

    static Setting of(Optional<Boolean> value) {
      return value.map(v -> v ? ON : OFF).orElse(UNKNOWN);
    }
  }

  private final boolean builder;
  private final Node origin;
  private boolean built;
  private Setting debug;
  private Node debugSite;
  private Setting personalKey;
  private Node personalKeySite;
  private Setting localEvaluation;

  private ServerConfigObject(
      boolean builder, Node origin, Setting debug, Setting personalKey, Setting localEvaluation) {
    this.builder = builder;
    this.origin = origin;
    this.debug = debug;
    this.personalKey = personalKey;
    this.localEvaluation = localEvaluation;
  }

  /** {@code PostHogConfig.builder(apiKey)} or {@code new PostHogConfig.Builder(apiKey)}. */
  static ServerConfigObject newBuilder(Node origin) {
    return new ServerConfigObject(true, origin, Setting.OFF, Setting.OFF, Setting.UNSET);
  }

  /** A builder or a config from elsewhere (a parameter, a method's result): nothing is known. */
  static ServerConfigObject unknown(boolean builder, Node origin) {
    return new ServerConfigObject(
        builder, origin, Setting.UNKNOWN, Setting.UNKNOWN, Setting.UNKNOWN);
  }

  /** {@code new PostHogConfig(...)}, whose arguments set all three at once. */
  static ServerConfigObject constructed(
      Node site,
      Setting debug,
      Setting personalKey,
      Node personalKeySite,
      Setting localEvaluation) {
    ServerConfigObject config =
        new ServerConfigObject(false, site, debug, personalKey, localEvaluation);
    config.debugSite = site;
    config.personalKeySite = personalKeySite;
    return config;
  }

  boolean isBuilder() {
    return builder;
  }

  /** Where the object came into being: its creation, its {@code build()} call, its declaration. */
  Node origin() {
    return origin;
  }

  /** {@code debug(x)} on a builder, {@code setDebug(x)} on a config. */
  void debug(Setting value, Node site) {
    debug = value;
    debugSite = site;
  }

  /**
   * A {@code debug(true)} that may not run (only in development): it leaves on what an earlier call
   * turned on.
   */
  void debugUnlessOn(Setting value, Node site) {
    if (debug != Setting.ON) {
      debug(value, site);
    }
  }

  /** {@code personalApiKey(k)} on a builder, {@code setPersonalApiKey(k)} on a config. */
  void personalKey(Setting value, Node site) {
    personalKey = value;
    personalKeySite = site;
    if (localEvaluation == Setting.UNSET) {
      localEvaluation = value;
    }
  }

  /** {@code localEvaluation(x)} on a builder, {@code setLocalEvaluation(x)} on a config. */
  void localEvaluation(Setting value) {
    localEvaluation = value;
  }

  /** {@code build()}: a config with the builder's settings as they are now. */
  ServerConfigObject build(Node call) {
    built = true;
    return copy(false, call);
  }

  /** This object as a method of the class returns it to {@code call}: the caller's own copy. */
  ServerConfigObject returnedAt(Node call) {
    return copy(builder, call);
  }

  /** A new object with this one's settings and where they were decided. */
  private ServerConfigObject copy(boolean asBuilder, Node origin) {
    ServerConfigObject copy =
        new ServerConfigObject(asBuilder, origin, debug, personalKey, localEvaluation);
    copy.debugSite = debugSite;
    copy.personalKeySite = personalKeySite;
    return copy;
  }

  /**
   * Debug on, a personal key set, and local evaluation not known to be off: every poll prints the
   * key. A key is set for nothing but local evaluation, so where the source does not say whether it
   * is on (a config received as a parameter), it is taken to be on. A builder that was built is
   * judged by the configs it built.
   */
  boolean printsPersonalKey() {
    return !built
        && debug == Setting.ON
        && personalKey == Setting.ON
        && (localEvaluation == Setting.ON || localEvaluation == Setting.UNKNOWN)
        && debugSite != null;
  }

  Node debugSite() {
    return debugSite;
  }

  Node personalKeySite() {
    return personalKeySite;
  }
}
