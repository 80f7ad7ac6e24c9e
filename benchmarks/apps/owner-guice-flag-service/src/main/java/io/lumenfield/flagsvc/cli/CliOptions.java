package io.lumenfield.flagsvc.cli;

import java.nio.file.Path;
import org.kohsuke.args4j.Option;

public class CliOptions {

    @Option(name = "--port", aliases = "-p", usage = "HTTP port (overrides http.port)", metaVar = "PORT")
    public Integer port;

    @Option(name = "--config", usage = "Extra properties file merged over flag-service.properties", metaVar = "FILE")
    public Path configFile;

    @Option(name = "--admin-token", usage = "Token required in X-Admin-Token on /admin endpoints", metaVar = "TOKEN")
    public String adminToken;

    @Option(name = "--flags-key", usage = "Key used to poll flag definitions in --check-flags mode", metaVar = "KEY")
    public String flagsKey = "phc_LYLkw4Jkzt0Fz4WmhfzHzupX7NmLq2BpLTtoL9JsTqQ";

    @Option(name = "--check-flags", usage = "Evaluate the health-check flag once and exit")
    public boolean checkFlags;

    @Option(name = "--verbose", aliases = "-v", usage = "Verbose PostHog client output in --check-flags mode")
    public boolean verbose;

    @Option(name = "--help", aliases = "-h", usage = "Print this help", help = true)
    public boolean help;
}
