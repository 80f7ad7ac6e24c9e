import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A picocli command: an option is named for what it holds by its names, whatever its field. */
@Command(name = "export")
public class CommandLineOptions implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(CommandLineOptions.class.getName());

  @Option(names = {"-k", "--personal-api-key"}, required = true)
  String key;

  @Option(names = "--db-password")
  String db;

  @Option(names = "--project-id")
  int projectId;

  @Option(names = "--api-key-header", defaultValue = "X-Api-Key")
  String header;

  @Option(names = {"-t", "--token-ttl"})
  long ttl;

  @Option(names = "--verbose")
  boolean verbose;

  @Override
  public Integer call() {
    LOG.info("exporting with key " + key); // Noncompliant
    LOG.fine("connecting with " + db); // Noncompliant
    LOG.info("project " + projectId + ", header " + header + ", ttl " + ttl + ", verbose " + verbose);
    return 0;
  }
}
