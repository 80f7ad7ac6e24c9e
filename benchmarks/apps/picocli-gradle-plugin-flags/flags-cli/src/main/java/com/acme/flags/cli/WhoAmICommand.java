package com.acme.flags.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.acme.flags.common.KeyMasker;
import com.acme.flags.common.PostHogApiClient;
import com.acme.flags.common.PostHogApiException;
import com.acme.flags.common.PostHogCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "whoami", description = "Show which PostHog user and project the credentials belong to.")
public class WhoAmICommand implements Callable<Integer> {

    @Mixin
    CredentialOptions credentialOptions;

    @Option(names = "--show-credentials", description = "Also dump the resolved credentials object.")
    boolean showCredentials;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PostHogCredentials creds = credentialOptions.resolve();
        PrintWriter out = spec.commandLine().getOut();
        if (showCredentials) {
            System.out.println("Resolved: " + creds);
        }
        out.printf("Source:           %s%n", creds.getSource());
        out.printf("Personal API key: %s%n", KeyMasker.mask(creds.getPersonalApiKey()));
        out.printf("Key fingerprint:  %s%n", KeyMasker.sha256Fingerprint(creds.getPersonalApiKey()));
        out.printf("Project API key:  %s%n", creds.getProjectApiKey());
        try {
            String email = new PostHogApiClient(creds).whoAmI();
            out.printf("Logged in as:     %s%n", email);
            return 0;
        } catch (PostHogApiException e) {
            System.err.println("whoami failed: " + e.getMessage());
            return 1;
        }
    }
}
