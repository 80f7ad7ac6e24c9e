package org.apache.commons.cli;

/** A parsed command line (a stub of commons-cli's class). */
public class CommandLine {
  public String getOptionValue(String option) {
    return null;
  }

  public String getOptionValue(String option, String defaultValue) {
    return defaultValue;
  }

  public boolean hasOption(String option) {
    return false;
  }
}
