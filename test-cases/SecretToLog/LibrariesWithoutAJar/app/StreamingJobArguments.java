package app;

import org.apache.commons.cli.CommandLine;
import org.apache.flink.api.java.utils.ParameterTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a job's command line and parameters hold is a secret when the option names one. */
public class StreamingJobArguments {
  private static final Logger log = LoggerFactory.getLogger(StreamingJobArguments.class);

  void start(String[] args, CommandLine cli, org.apache.flink.util.ParameterTool flink2) {
    ParameterTool params = ParameterTool.fromArgs(args);
    String gateway = params.get("sql-gateway", "http://localhost:8083");
    String token = params.get("sql-gateway-token", System.getenv("SQL_GATEWAY_TOKEN"));
    System.err.printf("gateway %s token %s%n", gateway, token); // Noncompliant
    log.info("secure key {}", params.getRequired("posthog.feature-flags-secure-api-key")); // Noncompliant
    log.info("password {}", flink2.get("db.password")); // Noncompliant
    log.info("parallelism {} of {}", params.getInt("parallelism", 2), params.get("job-name"));
    log.info("admin password {}", cli.getOptionValue("admin-password")); // Noncompliant
    log.info("input {}", cli.getOptionValue("input", "events.json"));
  }
}
