package app;

import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Hadoop job's configuration holds what its *-site.xml files write under each name. */
public class HadoopJobSettings {
  private static final Logger log = LoggerFactory.getLogger(HadoopJobSettings.class);

  void configure(Configuration conf) {
    log.info("personal key {}", conf.get("posthog.personal.api.key")); // Noncompliant
    log.info("keystore {}", new String(conf.getPassword("ssl.server.keystore.password"))); // Noncompliant
    log.info("status token {}", conf.getRaw("export.status.token")); // Noncompliant
    log.info("secure key {}", conf.getTrimmed("posthog.feature-flags-secure-api-key", "")); // Noncompliant
    log.info("host {} port {}", conf.getTrimmed("posthog.host"), conf.get("export.status.port", "8089"));
  }
}
