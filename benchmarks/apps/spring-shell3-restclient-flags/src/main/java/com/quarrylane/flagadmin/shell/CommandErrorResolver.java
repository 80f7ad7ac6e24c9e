package com.quarrylane.flagadmin.shell;

import com.quarrylane.flagadmin.support.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.stereotype.Component;

/**
 * Turns PostHog API failures into a one-line message and exit code 2; details go to the log file.
 */
@Component
public class CommandErrorResolver implements CommandExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(CommandErrorResolver.class);

    @Override
    public CommandHandlingResult resolve(Exception ex) {
        if (ex instanceof PostHogApiException api) {
            log.error("PostHog API call failed: {}", api.getMessage());
            return CommandHandlingResult.of("PostHog rejected the request (HTTP " + api.status() + "), see ~/.flag-admin/flag-admin.log\n", 2);
        }
        if (ex instanceof IllegalArgumentException bad) {
            return CommandHandlingResult.of(bad.getMessage() + "\n", 1);
        }
        return null;
    }
}
