package com.quarrylane.flagadmin.shell;

import com.quarrylane.flagadmin.api.FeatureFlagsApi.FeatureFlag;
import com.quarrylane.flagadmin.service.FlagService;
import java.util.List;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
public class FlagCommands {

    private final FlagService flags;

    public FlagCommands(FlagService flags) {
        this.flags = flags;
    }

    @ShellMethod(key = "flags list", value = "List feature flags of the configured project")
    public String list(@ShellOption(defaultValue = ShellOption.NULL) String search) {
        List<FeatureFlag> all = flags.list(search);
        StringBuilder out = new StringBuilder(String.format("%-40s %-8s %s%n", "KEY", "ACTIVE", "ROLLOUT"));
        for (FeatureFlag f : all) {
            out.append(String.format("%-40s %-8s %s%n", f.key(), f.active(),
                    f.rolloutPercentage() == null ? "-" : f.rolloutPercentage() + "%"));
        }
        return out.toString();
    }

    @ShellMethod(key = "flags create", value = "Create a disabled flag")
    public String create(String key, @ShellOption(defaultValue = ShellOption.NULL) String name) {
        FeatureFlag flag = flags.create(key, name == null ? key : name);
        return "Created " + flag.key() + " (id " + flag.id() + ")";
    }

    @ShellMethod(key = "flags enable", value = "Enable a flag")
    public String enable(String key) {
        return "Flag " + flags.setActive(key, true).key() + " enabled";
    }

    @ShellMethod(key = "flags disable", value = "Disable a flag")
    public String disable(String key) {
        return "Flag " + flags.setActive(key, false).key() + " disabled";
    }

    @ShellMethod(key = "flags check", value = "Evaluate a flag for one distinct id (local evaluation)")
    public String check(String key, String distinctId) {
        return key + " for " + distinctId + ": " + (flags.isEnabledFor(key, distinctId) ? "ON" : "OFF");
    }
}
