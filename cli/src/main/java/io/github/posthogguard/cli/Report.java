package io.github.posthogguard.cli;

import java.io.IOException;
import java.io.Writer;

/** One output format of a scan. */
public interface Report {
  void write(ScanResult result, Writer out) throws IOException;
}
