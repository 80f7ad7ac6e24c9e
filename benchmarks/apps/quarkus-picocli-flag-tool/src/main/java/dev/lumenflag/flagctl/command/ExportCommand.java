package dev.lumenflag.flagctl.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lumenflag.flagctl.config.PostHogSettings;
import dev.lumenflag.flagctl.model.BootstrapBundle;
import dev.lumenflag.flagctl.service.FlagService;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write flag bootstrap files for the web and mobile front ends.")
public class ExportCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ExportCommand.class);

    enum Format { SNIPPET, BOOTSTRAP }

    @Inject
    PostHogSettings settings;

    @Inject
    FlagService flagService;

    @Inject
    ObjectMapper mapper;

    @Option(names = {"-f", "--format"}, required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-o", "--out"}, defaultValue = "web/public", description = "Output directory.")
    Path outDir;

    @Option(names = "--local-eval", description = "Let the front end evaluate flags locally.")
    boolean localEval;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(outDir);
        switch (format) {
            case SNIPPET -> writeSnippet();
            case BOOTSTRAP -> writeBootstrap();
        }
        return 0;
    }

    private void writeSnippet() throws IOException {
        String init = "posthog.init('" + settings.projectApiKey() + "', { api_host: '" + settings.ingestHost()
                + "', person_profiles: 'identified_only' });\n";
        Files.writeString(outDir.resolve("posthog-init.js"), init);
        if (localEval) {
            String definitions = "window.__POSTHOG_FLAG_DEFINITIONS__ = {\n"
                    + "  url: '" + settings.ingestHost() + "/api/feature_flag/local_evaluation/?token="
                    + settings.projectApiKey() + "',\n"
                    + "  authorization: 'Bearer " + settings.featureFlagsSecureKey().orElseThrow() + "'\n"
                    + "};\n";
            Files.writeString(outDir.resolve("posthog-flags.js"), definitions);
        }
        LOG.infof("Wrote snippet to %s", outDir.toAbsolutePath());
    }

    private void writeBootstrap() throws IOException {
        BootstrapBundle bundle = BootstrapBundle.from(settings, flagService.listFlags(true), localEval);
        Path target = outDir.resolve("posthog-bootstrap.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), bundle);
        LOG.infof("Wrote %d flag(s) to %s", bundle.flags().size(), target);
    }
}
