package com.tidewater.flagctl.cli;

import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.ConfigLoader;
import com.tidewater.flagctl.config.Defaults;
import com.tidewater.flagctl.util.KeyMasker;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "config", description = "Show the effective configuration. Secrets are masked, e.g. "
        + Defaults.EXAMPLE_MASKED_KEY + ".")
public class ConfigShowCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        CliConfig cfg = new ConfigLoader().load(global);
        PrintStream out = System.out;
        out.printf("profile                 = %s%n", global.profile());
        out.printf("host                    = %s%n", cfg.host());
        out.printf("project_id              = %s%n", cfg.projectId());
        out.printf("project_api_key         = %s%n", cfg.projectApiKey());
        out.printf("personal_api_key        = %s%n", KeyMasker.mask(cfg.personalApiKey()));
        out.printf("flags_secure_api_key    = %s%n", cfg.featureFlagsSecureKey());
        if (cfg.usesProxy()) {
            out.printf("proxy                   = %s@%s:%d%n", cfg.proxyUser(), cfg.proxyHost(), cfg.proxyPort());
        }
        out.printf("timeout                 = %ds%n", cfg.timeoutSeconds());
        return 0;
    }
}
