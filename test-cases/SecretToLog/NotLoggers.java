import java.util.ArrayList;
import java.util.List;

/** Calls that look like logging but are not: a list called log, a class of our own. */
public class NotLoggers {
  static final class Logger {
    void info(String message) {}
  }

  private final List<String> log = new ArrayList<>();
  private final Logger audit = new Logger();

  void notLogged(String password) {
    log.add(password);
    audit.info(password);
    char[] copy = password.toCharArray();
    System.out.println(copy.length);
  }
}
