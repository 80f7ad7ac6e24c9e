package org.eclipse.jface.dialogs;

public class MessageDialog {
  public static void openInformation(Object shell, String title, String message) {}
}
