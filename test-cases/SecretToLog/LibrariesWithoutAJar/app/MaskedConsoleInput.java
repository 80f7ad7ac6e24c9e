package app;

import org.jline.reader.LineReader;

/** What a console tool reads with a mask character is a password or a key, whatever it is called. */
public class MaskedConsoleInput {
  private static final System.Logger LOG = System.getLogger(MaskedConsoleInput.class.getName());

  String prompt(LineReader reader) {
    String entered = reader.readLine("Personal API key: ", '*').strip();
    if (!entered.startsWith("phx_")) {
      LOG.log(System.Logger.Level.WARNING, "Rejected key {0}", entered); // Noncompliant
    }
    String again = reader.readLine("Confirm: ", null, '*', "");
    System.out.println("confirmed " + again); // Noncompliant
    String project = reader.readLine("Project name: ");
    System.out.println("project " + project);
    return entered;
  }
}
