package com.northwind.flagsync.cli;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.config.Defaults;
import com.northwind.flagsync.model.SyncReport;
import com.northwind.flagsync.util.Secrets;

import java.io.PrintStream;
import java.util.logging.Logger;

/** Everything the CLI prints for humans. */
public final class ConsoleReporter {

    private static final Logger LOG = Logger.getLogger(ConsoleReporter.class.getName());

    private final PrintStream out;

    public ConsoleReporter(PrintStream out) {
        this.out = out;
    }

    public void report(SyncReport report) {
        out.printf("%-14s created=%d updated=%d skipped=%d (%d ms)%n", report.kind(), report.created(),
                report.updated(), report.skipped().size(), report.took().toMillis());
        report.skipped().forEach(s -> out.println("  skipped " + s));
        LOG.fine("sync report: " + report);
    }

    public void showConfig(AppConfig cfg, boolean reveal) {
        out.println("host           : " + cfg.host());
        out.println("project id     : " + cfg.projectId());
        out.println("project key    : " + cfg.projectApiKey());
        out.println("key source     : " + cfg.keySource());
        out.println("key format     : " + Defaults.MASKED_KEY_EXAMPLE);
        if (reveal) {
            out.println("personal key   : " + cfg.personalApiKey());
        } else {
            out.println("personal key   : " + Secrets.mask(cfg.personalApiKey()));
        }
    }

    public void help(String reason) {
        out.println("flagsync: " + reason);
        out.println("usage: flagsync <sync-flags|sync-cohorts|check|config|doctor|serve> [options]");
        out.println("Set POSTHOG_PERSONAL_API_KEY or run `flagsync keystore import` first.");
    }
}
