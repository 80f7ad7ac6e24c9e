package com.northwind.flagops.commands;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.northwind.flagops.config.EnvNames;
import com.northwind.flagops.config.PostHogProperties;

/** Legacy-style command (Spring Shell 2 annotations) kept for the CI smoke test. */
@ShellComponent
public class DoctorCommands {

    private static final Logger log = LoggerFactory.getLogger(DoctorCommands.class);

    private final PostHogProperties props;

    public DoctorCommands(PostHogProperties props) {
        this.props = props;
    }

    @ShellMethod(key = "doctor", value = "Check the environment flagops runs in")
    public String doctor(@ShellOption(defaultValue = "false") boolean showValues) {
        int missing = 0;
        for (String name : EnvNames.REQUIRED) {
            if (System.getenv(name) == null) {
                log.warn("{} is not set", name);
                missing++;
            }
        }
        if (showValues) {
            System.out.println(EnvNames.PERSONAL_API_KEY + "=" + System.getenv(EnvNames.PERSONAL_API_KEY));
            System.out.println(EnvNames.PROJECT_ID + "=" + System.getenv(EnvNames.PROJECT_ID));
        }
        log.debug("Effective settings: {}", props.redacted());
        return missing == 0 ? "All good." : missing + " required variable(s) missing, see the log.";
    }
}
