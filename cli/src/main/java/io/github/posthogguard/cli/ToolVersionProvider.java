package io.github.posthogguard.cli;

import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version}. */
public final class ToolVersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {ToolInfo.NAME + " " + ToolInfo.VERSION};
  }
}
