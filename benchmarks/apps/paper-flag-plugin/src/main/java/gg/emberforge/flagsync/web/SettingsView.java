package gg.emberforge.flagsync.web;

import gg.emberforge.flagsync.config.PostHogSettings;
import java.util.List;

/** What the panel's settings tab shows, as JSON. */
public record SettingsView(
    String host,
    String projectApiKey,
    String personalApiKey,
    int pollIntervalSeconds,
    List<String> watchedFlags) {

  public static SettingsView of(PostHogSettings settings) {
    return new SettingsView(
        settings.host(),
        settings.projectApiKey(),
        settings.personalApiKey(),
        settings.pollIntervalSeconds(),
        settings.watchedFlags());
  }
}
