package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import java.util.List;

/**
 * {@code HardcodedPostHogKey} in a config file: every plausible secret key (never {@code phc_}),
 * written verbatim or with its format's escapes, in a value, a comment or any line of text.
 */
final class HardcodedKeyInConfig {
  private HardcodedKeyInConfig() {}

  static void check(ConfigScan scan, List<Finding> findings) {
    for (KeySite site : scan.keys()) {
      KeyMatch key = site.key();
      if (key.type().isSecret()) {
        findings.add(
            new Finding(
                HardcodedPostHogKey.ID,
                scan.path(),
                site.range(),
                "Hard-coded PostHog "
                    + KeyWording.kind(key.type())
                    + " "
                    + key.masked()
                    + " in a committed file: rotate it in PostHog and load the new one from the"
                    + " environment or a secret store",
                List.of()));
      }
    }
  }
}
