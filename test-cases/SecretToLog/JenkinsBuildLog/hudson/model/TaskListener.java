package hudson.model;

import java.io.PrintStream;
import java.io.PrintWriter;

/** A stand-in for Jenkins core's TaskListener (jenkins-core is not on the test class path). */
public interface TaskListener {
  PrintStream getLogger();

  PrintWriter error(String message);

  PrintWriter fatalError(String message);
}
