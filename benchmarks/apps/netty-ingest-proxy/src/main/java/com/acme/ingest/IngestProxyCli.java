package com.acme.ingest;

import com.acme.ingest.config.ConfigLoader;
import com.acme.ingest.config.ProxyConfig;
import com.acme.ingest.server.IngestServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ingest-proxy",
        mixinStandardHelpOptions = true,
        version = "ingest-proxy 2.3.1",
        description = "First-party reverse proxy for PostHog ingestion with a small admin API.")
public class IngestProxyCli implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(IngestProxyCli.class);

    @Option(names = {"-c", "--config"}, description = "Properties file (default: ${DEFAULT-VALUE})",
            defaultValue = "conf/ingest-proxy.properties")
    Path configFile;

    @Option(names = {"-p", "--port"}, description = "Listen port, overrides proxy.port")
    Integer port;

    @Option(names = "--load-test", description = "Use the load-test project credentials when none are configured")
    boolean loadTest;

    @Option(names = {"-v", "--verbose"}, description = "Print the effective configuration on start")
    boolean verbose;

    @Option(names = "--oauth-refresh-token",
            description = "PostHog OAuth refresh token used by the admin API",
            defaultValue = "phr_geKQoRTSf5pqLgXzbSyGQdDzbysz4v6pDFwDZ8YhuBQR")
    String oauthRefreshToken;

    @Override
    public Integer call() throws Exception {
        ProxyConfig config = ConfigLoader.load(configFile, port, loadTest, oauthRefreshToken);
        if (verbose) {
            System.out.println("Effective configuration: " + config);
        }
        log.info("Starting ingest proxy on port {} (refresh token length {})", config.port(), oauthRefreshToken.length());
        new IngestServer(config).run();
        return 0;
    }

    public static void main(String[] args) {
        int exitCode = new CommandLine(new IngestProxyCli()).execute(args);
        System.exit(exitCode);
    }
}
