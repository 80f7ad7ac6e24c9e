package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ConfigDefaults;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.http.ApiException;
import dev.flagtool.cli.http.PostHogApiClient;
import dev.flagtool.cli.util.Redactor;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

@Parameters(commandNames = "login", commandDescription = "Store a personal API key in ~/.flagtool/config.properties")
public class LoginCommand implements FlagToolMain.Command {

    @Parameter(names = "--key", description = "Personal API key", password = true, required = true)
    private String personalApiKey;

    @Parameter(names = "--project", description = "Default project id")
    private String projectId;

    @Parameter(names = "--verify", arity = 1, description = "Check the key against the API before saving")
    private boolean verify = true;

    @Override
    public int run(ToolConfig config, boolean verbose) throws Exception {
        Path file = ConfigDefaults.userConfigFile();
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        }
        props.setProperty(ConfigDefaults.PROP_PERSONAL_API_KEY, personalApiKey.trim());
        if (projectId != null) {
            props.setProperty(ConfigDefaults.PROP_PROJECT_ID, projectId);
        }

        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(writer, "flagtool configuration");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        if (verify) {
            ToolConfig saved = ToolConfig.load(file);
            String project = saved.getProjectId();
            try {
                if (project != null) {
                    new PostHogApiClient(saved).listFlags(project);
                }
            } catch (ApiException e) {
                System.err.println("PostHog rejected key " + personalApiKey + " (HTTP " + e.getStatusCode() + ")");
                return 3;
            }
        }
        System.out.println("Saved " + Redactor.mask(personalApiKey) + " to " + file);
        System.out.println("Key fingerprint: " + Redactor.sha256Hex(personalApiKey));
        return 0;
    }
}
