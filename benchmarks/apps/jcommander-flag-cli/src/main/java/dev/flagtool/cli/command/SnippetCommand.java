package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.http.PostHogApiClient;
import dev.flagtool.cli.model.FeatureFlag;
import dev.flagtool.cli.model.ProjectContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Parameters(commandNames = "snippet", commandDescription = "Generate posthog-init.js for a web front end")
public class SnippetCommand implements FlagToolMain.Command {

    private static final String INIT_TEMPLATE = "posthog.init('%s', {\n"
            + "  api_host: '%s',\n"
            + "  person_profiles: 'identified_only',\n"
            + "  bootstrap: { featureFlags: %s }\n"
            + "});\n";

    private static final String OVERRIDES_TEMPLATE = "window.__flagtool = {\n"
            + "  host: '%s',\n"
            + "  flagsKey: '%s'\n"
            + "};\n";

    @Parameter(names = {"-o", "--out-dir"}, description = "Output directory")
    private String outDir = "dist";

    @Parameter(names = "--bootstrap", description = "Inline the current flag states")
    private boolean bootstrap;

    @Parameter(names = "--with-overrides", description = "Also write posthog-overrides.js for the flag toolbar")
    private boolean withOverrides;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public int run(ToolConfig config, boolean verbose) throws Exception {
        ProjectContext ctx = ProjectContext.from(config);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        if (bootstrap && ctx.getProjectId() != null) {
            for (FeatureFlag flag : new PostHogApiClient(config).listFlags(ctx.getProjectId())) {
                flags.put(flag.getKey(), flag.isActive());
            }
        }
        Path dir = Path.of(outDir);
        Files.createDirectories(dir);

        Path init = dir.resolve("posthog-init.js");
        String initJs = String.format(INIT_TEMPLATE, ctx.getProjectKey(), ctx.getHost(), mapper.writeValueAsString(flags));
        Files.writeString(init, initJs, StandardCharsets.UTF_8);
        System.out.println("Wrote " + init);

        if (withOverrides) {
            Path overrides = dir.resolve("posthog-overrides.js");
            Files.writeString(overrides, String.format(OVERRIDES_TEMPLATE, ctx.getHost(), ctx.getSecureKey()), StandardCharsets.UTF_8);
            System.out.println("Wrote " + overrides);
        }
        return 0;
    }
}
