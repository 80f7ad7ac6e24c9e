package io.github.posthogguard.cli;

import io.github.posthogguard.keys.KeyMask;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Answers a usage error with the message, the synopsis and a pointer to --help: exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(ToolInfo.NAME + ": " + KeyMask.redact(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Try '" + ToolInfo.NAME + " --help' for more information.");
    err.flush();
    return ExitCodes.ERROR;
  }
}
