package dev.quarry.exporter;

import dev.quarry.exporter.cli.ExportCommand;
import dev.quarry.exporter.cli.ServeCommand;
import dev.quarry.exporter.cli.WhoAmICommand;
import io.micronaut.configuration.picocli.PicocliRunner;
import picocli.CommandLine.Command;

@Command(name = "event-exporter",
        description = "Exports PostHog events to files or serves export jobs over HTTP",
        mixinStandardHelpOptions = true,
        versionProvider = ExporterCommand.Version.class,
        subcommands = {ExportCommand.class, ServeCommand.class, WhoAmICommand.class})
public class ExporterCommand implements Runnable {

    public static void main(String[] args) {
        PicocliRunner.execute(ExporterCommand.class, args);
    }

    @Override
    public void run() {
        System.out.println("Use one of: export, serve, whoami. See --help.");
    }

    static class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"event-exporter 0.9.3"};
        }
    }
}
