package org.jline.reader;

/** A stub of JLine's line reader. */
public interface LineReader {
  String readLine(String prompt);

  String readLine(String prompt, Character mask);

  String readLine(String prompt, String rightPrompt, Character mask, String buffer);
}
