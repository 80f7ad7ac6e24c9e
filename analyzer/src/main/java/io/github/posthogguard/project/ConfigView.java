package io.github.posthogguard.project;

import io.github.posthogguard.config.ConfigEntry;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.config.HeldKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the project's configuration files hold, and nothing of its Java types: the view of a file's
 * first pass, as the configuration is read in full before any Java file.
 */
record ConfigView(ConfigIndex config) implements ProjectView {

  @Override
  public Optional<TypeSummary> type(String qualifiedName) {
    return Optional.empty();
  }

  @Override
  public List<HeldKey> configKeys(String reader, String name, Set<EntryKind> kinds) {
    return config.keysHeldFor(reader, name, kinds);
  }

  @Override
  public Optional<ConfigEntry> configSwitchingOn(String reader, String name) {
    return config.switchingOn(reader, name);
  }

  @Override
  public Optional<String> secretEntryOfConfigFile(String fileName) {
    return config.secretEntryOf(fileName);
  }
}
