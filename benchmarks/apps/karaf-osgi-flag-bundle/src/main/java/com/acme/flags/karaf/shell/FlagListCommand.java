package com.acme.flags.karaf.shell;

import com.acme.flags.karaf.posthog.FlagAdminClient;
import com.acme.flags.karaf.posthog.FlagAdminException;
import com.acme.flags.karaf.util.FlagFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Command(scope = "flags", name = "list", description = "Lists the feature flags defined in PostHog")
@Service
public class FlagListCommand implements Action {

    private static final Logger LOG = LoggerFactory.getLogger(FlagListCommand.class);
    private static final Pattern FLAG = Pattern.compile(
            "\\{\"id\"\\s*:\\s*(\\d+)\\s*,.*?\"key\"\\s*:\\s*\"([^\"]+)\".*?\"active\"\\s*:\\s*(true|false)");

    @Reference
    private FlagAdminClient adminClient;

    @Option(name = "-f", aliases = "--filter", description = "Filter, e.g. beta-*,!beta-legacy")
    private String filter = "*";

    @Override
    public Object execute() {
        String json;
        try {
            json = adminClient.listFlags();
        } catch (FlagAdminException e) {
            LOG.error("flags:list failed with status {}", e.getStatus(), e);
            System.err.println("Could not list flags (HTTP " + e.getStatus() + "), see karaf.log");
            return null;
        }

        Predicate<String> accept = FlagFilter.parse(filter);
        List<String[]> rows = new ArrayList<>();
        Matcher m = FLAG.matcher(json);
        while (m.find()) {
            if (accept.test(m.group(2))) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
        }

        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Key");
        table.column("Active");
        rows.forEach(r -> table.addRow().addContent((Object[]) r));
        table.print(System.out);
        return null;
    }
}
