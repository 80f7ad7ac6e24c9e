package once;

import java.util.logging.Logger;

/** Reads the objects another file created. */
public class UpstreamReport {
  private static final Logger LOG = Logger.getLogger(UpstreamReport.class.getName());

  void report(Upstream upstream, Setting setting) {
    LOG.info("Forwarding with " + upstream.headerValue()); // Noncompliant
    LOG.info("Forwarding to " + upstream.url() + " for project " + upstream.publicHeaderValue());
    LOG.info("Setting " + setting.name() + "=" + setting.value());
  }
}
