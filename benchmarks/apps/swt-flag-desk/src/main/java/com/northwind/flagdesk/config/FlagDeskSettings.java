package com.northwind.flagdesk.config;

import com.northwind.flagdesk.util.KeyMasker;

/** Everything the desk needs to talk to PostHog, as read from the preference store. */
public record FlagDeskSettings(
    String host,
    long projectId,
    String projectApiKey,
    String personalApiKey,
    String flagsSecureApiKey,
    int pollIntervalSeconds,
    String proxyHost,
    String proxyUser) {

  public boolean hasPersonalKey() {
    return personalApiKey != null && !personalApiKey.isBlank();
  }

  /** A copy that is safe to print: secrets reduced to PostHog's own masked form. */
  public FlagDeskSettings redacted() {
    return new FlagDeskSettings(
        host,
        projectId,
        projectApiKey,
        KeyMasker.mask(personalApiKey),
        KeyMasker.mask(flagsSecureApiKey),
        pollIntervalSeconds,
        proxyHost,
        proxyUser);
  }
}
