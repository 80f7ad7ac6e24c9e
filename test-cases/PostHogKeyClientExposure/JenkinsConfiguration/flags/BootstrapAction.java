package flags;

import hudson.util.Secret;
import java.io.IOException;
import org.kohsuke.stapler.StaplerResponse;
import org.kohsuke.stapler.StaplerResponse2;

/** A Stapler action answers with the servlet response it is given. */
public class BootstrapAction {
  private final Secret personalApiKey = Secret.fromString(System.getenv("POSTHOG_PERSONAL_API_KEY"));

  public void doBootstrap(StaplerResponse rsp) throws IOException {
    rsp.getWriter().println("window.key = '" + personalApiKey.getPlainText() + "';"); // Noncompliant
    rsp.getWriter().println("window.encrypted = '" + personalApiKey.getEncryptedValue() + "';");
  }

  public void doBootstrap2(StaplerResponse2 rsp) throws IOException {
    rsp.getWriter().println("window.key = '" + personalApiKey + "';"); // Noncompliant
  }
}
