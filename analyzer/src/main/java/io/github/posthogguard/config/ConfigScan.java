package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the config rules read of one file: its entries, where it ships, and every plausible key in
 * it, found once each: the keys written verbatim anywhere in its text (comments included, as Java's
 * rule reports keys in comments), and the keys its format decodes from escapes, where they are
 * written.
 */
final class ConfigScan {
  private final ConfigFile file;
  private final Placement placement;
  private final List<KeySite> keys;

  private ConfigScan(ConfigFile file, Placement placement, List<KeySite> keys) {
    this.file = file;
    this.placement = placement;
    this.keys = keys;
  }

  static ConfigScan of(SourceFile source) {
    LineMap lines = new LineMap(source.text());
    ConfigFile file = ConfigFile.read(source, lines);
    return new ConfigScan(
        file, Placement.of(source.path(), file.format(), source.text()), keySites(file, lines));
  }

  private static List<KeySite> keySites(ConfigFile file, LineMap lines) {
    String text = file.source().text();
    List<KeySite> sites = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (KeyMatch key : PostHogKeys.find(text)) {
      ConfigEntry entry = entryAt(file, key);
      if (entry == null && coveredByAnEntryWithoutIt(file, key)) {
        // Only part of a longer value that its format decodes (an escape follows): not this key.
        continue;
      }
      if (seen.add(spanKey(key.start(), key.end()))) {
        sites.add(new KeySite(key, lines.rangeOfOffsets(key.start(), key.end()), entry));
      }
    }
    for (ConfigEntry entry : file.entries()) {
      for (KeyMatch key : entry.keys()) {
        if (!entry.writtenVerbatim(key)) {
          var range = entry.rangeOf(key);
          if (seen.add(spanKey(range.beginOffset(), range.endOffset()))) {
            sites.add(new KeySite(key, range, entry));
          }
        }
      }
    }
    for (ConfigEntry entry : KubernetesSecrets.encodedEntries(file)) {
      for (KeyMatch key : PostHogKeys.find(KubernetesSecrets.decoded(entry))) {
        var range = entry.valueRange();
        if (seen.add(spanKey(range.beginOffset(), range.endOffset()))) {
          sites.add(new KeySite(key, range, entry));
        }
      }
    }
    sites.sort(
        java.util.Comparator.comparingInt((KeySite s) -> s.range().beginOffset())
            .thenComparingInt(s -> s.range().endOffset()));
    return sites;
  }

  /** The entry whose value holds the key written verbatim at the key's place in the text. */
  private static ConfigEntry entryAt(ConfigFile file, KeyMatch raw) {
    for (ConfigEntry entry : file.entries()) {
      ValueLocation.Span span = entry.span();
      if (span.start() <= raw.start() && raw.end() <= span.end()) {
        for (KeyMatch key : entry.keys()) {
          if (key.key().equals(raw.key())
              && entry.writtenVerbatim(key)
              && entry.rangeOf(key).beginOffset() == raw.start()) {
            return entry;
          }
        }
      }
    }
    return null;
  }

  private static boolean coveredByAnEntryWithoutIt(ConfigFile file, KeyMatch raw) {
    for (ConfigEntry entry : file.entries()) {
      ValueLocation.Span span = entry.span();
      if (span.start() <= raw.start()
          && raw.end() <= span.end()
          && entry.keys().stream().noneMatch(k -> k.key().equals(raw.key()))) {
        return true;
      }
    }
    return false;
  }

  private static long spanKey(int start, int end) {
    return (long) start << 32 | end;
  }

  ConfigFile file() {
    return file;
  }

  Placement placement() {
    return placement;
  }

  /** Every plausible key, public or secret, once, in the order of the text. */
  List<KeySite> keys() {
    return keys;
  }

  String path() {
    return file.source().path();
  }
}
