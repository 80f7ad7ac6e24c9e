package flags;

/** Prints the service's state, which it reads through the interface. */
public class StatusCommand {
  private FlagService flagService;

  void execute(boolean verbose) {
    String key = flagService.localEvaluationKey();
    System.out.println("Host         : " + flagService.host());
    System.out.println("Personal key : " + (key.isEmpty() ? "<not set>" : "set"));
    if (verbose) {
      System.out.println("Personal key (clear): " + key); // Noncompliant
    }
  }
}
