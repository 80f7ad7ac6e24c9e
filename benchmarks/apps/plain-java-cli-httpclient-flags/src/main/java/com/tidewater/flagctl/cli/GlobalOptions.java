package com.tidewater.flagctl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every sub-command, mixed in with {@code @Mixin}. */
public class GlobalOptions {

    @Option(names = {"-p", "--profile"}, defaultValue = "default",
            description = "Profile section of ~/.flagctl/config.properties")
    private String profile;

    @Option(names = "--config", description = "Explicit path to a config.properties file")
    private Path configFile;

    @Option(names = {"-v", "--verbose"}, description = "Log HTTP traffic at FINE level")
    private boolean verbose;

    @Option(names = "--print-curl", description = "Print an equivalent curl command for each request")
    private boolean printCurl;

    public String profile() {
        return profile;
    }

    public Path configFile() {
        return configFile;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean printCurl() {
        return printCurl;
    }
}
