package dev.kestrel.phadmin;

import dev.kestrel.phadmin.api.PostHogAdminApi;
import dev.kestrel.phadmin.creds.CredentialStore;
import dev.kestrel.phadmin.creds.Credentials;
import dev.kestrel.phadmin.creds.KeystoreReader;
import dev.kestrel.phadmin.importer.EventImporter;
import dev.kestrel.phadmin.preview.FlagPreview;
import dev.kestrel.phadmin.telemetry.UsageTelemetry;
import dev.kestrel.phadmin.ui.MainWindow;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * <pre>
 * phadmin [--keystore phadmin.p12 --host https://eu.posthog.com --project-id 123]
 *         [--verbose] [--print-config] [--import events.csv] [--preview flag-key distinct-id]
 * </pre>
 */
public final class PhAdminMain {

    private PhAdminMain() {
    }

    public static void main(String[] args) throws Exception {
        Path keystore = null;
        Path importCsv = null;
        String[] preview = null;
        String host = CredentialStore.DEFAULT_HOST;
        long projectId = 0;
        boolean verbose = false;
        boolean printConfig = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--keystore" -> keystore = Path.of(args[++i]);
                case "--host" -> host = args[++i];
                case "--project-id" -> projectId = Long.parseLong(args[++i]);
                case "--import" -> importCsv = Path.of(args[++i]);
                case "--preview" -> preview = new String[] {args[++i], args[++i]};
                case "--verbose" -> verbose = true;
                case "--print-config" -> printConfig = true;
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }

        Credentials credentials = keystore != null
                ? CredentialStore.fromKeystore(keystore, KeystoreReader.passwordFromEnvironment(), host, projectId)
                : CredentialStore.fromFile(CredentialStore.defaultFile());

        if (printConfig) {
            System.out.println("host          = " + credentials.host());
            System.out.println("project id    = " + credentials.projectId());
            System.out.println("project token = " + credentials.projectApiKey());
            System.out.println("personal key  = " + credentials.maskedPersonalApiKey());
            return;
        }
        if (verbose) {
            System.out.println("Using " + credentials.host() + ", project " + credentials.projectId() + ", key " + credentials.personalApiKey());
        }

        Preferences prefs = Preferences.userNodeForPackage(PhAdminMain.class);
        String installId = prefs.get("installId", null);
        if (installId == null) {
            installId = java.util.UUID.randomUUID().toString();
            prefs.put("installId", installId);
        }
        UsageTelemetry telemetry = new UsageTelemetry(installId);
        Runtime.getRuntime().addShutdownHook(new Thread(telemetry::close));

        if (importCsv != null) {
            int imported = new EventImporter(credentials).importCsv(importCsv);
            telemetry.track("phadmin_import", Map.of("events", imported));
            return;
        }

        if (preview != null) {
            try (FlagPreview flagPreview = new FlagPreview(credentials)) {
                System.out.println(preview[0] + " for " + preview[1] + " = " + flagPreview.evaluate(preview[0], preview[1]));
            }
            return;
        }

        PostHogAdminApi api = new PostHogAdminApi(credentials.host(), credentials.projectId(), credentials.personalApiKey(), verbose);
        telemetry.track("phadmin_opened", Map.of("keystore", keystore != null));
        MainWindow.open(credentials, api);
    }
}
