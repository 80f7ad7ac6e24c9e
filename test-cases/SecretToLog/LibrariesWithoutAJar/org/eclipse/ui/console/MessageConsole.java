package org.eclipse.ui.console;

public class MessageConsole {
  public MessageConsole(String name, Object imageDescriptor) {}

  public MessageConsoleStream newMessageStream() {
    return new MessageConsoleStream();
  }
}
