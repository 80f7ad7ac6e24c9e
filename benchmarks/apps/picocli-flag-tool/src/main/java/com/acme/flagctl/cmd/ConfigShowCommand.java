package com.acme.flagctl.cmd;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.support.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "config", description = "Show the effective configuration (secrets masked).")
public class ConfigShowCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ConfigShowCommand.class);

    @ParentCommand
    FlagCtl root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FlagCtlSettings s = root.settings();
        PrintWriter out = spec.commandLine().getOut();

        out.println(row("host", s.host()));
        out.println(row("private api", s.privateApiHost()));
        out.println(row("project id", s.projectId()));
        out.println(row("project api key", s.projectApiKey()));
        out.println(row("personal api key", Masking.mask(s.personalApiKey())));
        out.println(row("flags secure key", Masking.mask(s.flagsSecureKey())));
        out.println(row("key fingerprint", Masking.sha256(s.localEvaluationKey())));
        out.println(row("oauth session", s.oauthAccessToken() == null ? "not logged in" : "logged in"));
        out.println(row("proxy", s.proxy().enabled() ? s.proxy().host() + ":" + s.proxy().port() : "none"));

        log.debug("personal key present={}, length={}", s.hasPersonalKey(),
                s.personalApiKey() == null ? 0 : s.personalApiKey().length());
        return 0;
    }

    private static String row(String label, String value) {
        return String.format("%-20s %s", label, value == null ? "-" : value);
    }
}
