package io.github.posthogguard.rules;

import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Location;
import io.github.posthogguard.eval.Secret;
import java.util.List;

/**
 * Where a finding's secret comes from, as the finding shows it: a secondary location in the same
 * file (unless it is the reported range itself), or in another file of the project, which the
 * message names too (not every surface can show a location in another file).
 */
final class Origins {
  private Origins() {}

  static List<SecondaryLocation> of(
      JavaFile file, Secret secret, TextRange reported, String label) {
    return of(file, secret.origin(), reported, label);
  }

  /** A place that explains a finding reported at {@code reported}, as a secondary location. */
  static List<SecondaryLocation> of(
      JavaFile file, Location origin, TextRange reported, String label) {
    if (origin == null) {
      return List.of();
    }
    if (!origin.path().equals(file.path())) {
      return List.of(new SecondaryLocation(origin.range(), label, origin.path()));
    }
    TextRange range = origin.range();
    boolean inside =
        range.beginOffset() >= reported.beginOffset() && range.endOffset() <= reported.endOffset();
    return inside ? List.of() : List.of(new SecondaryLocation(range, label));
  }

  /** " (declared in Config.java:12)" when the secret comes from another file; else nothing. */
  static String inOtherFile(JavaFile file, Secret secret) {
    Location origin = secret.origin();
    if (origin == null || origin.path().equals(file.path())) {
      return "";
    }
    String path = origin.path().replace('\\', '/');
    return " (from "
        + path.substring(path.lastIndexOf('/') + 1)
        + ":"
        + origin.range().beginLine()
        + ")";
  }
}
