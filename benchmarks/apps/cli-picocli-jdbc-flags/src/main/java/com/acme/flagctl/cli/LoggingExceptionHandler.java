package com.acme.flagctl.cli;

import com.acme.flagctl.http.PostHogApiException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions thrown by subcommands into a short message on stderr and a full entry in
 * {@code ~/.flagctl/flagctl.log}.
 */
public class LoggingExceptionHandler implements IExecutionExceptionHandler {

    static final int EXIT_API_ERROR = 2;
    static final int EXIT_AUTH_ERROR = 3;
    static final int EXIT_CACHE_ERROR = 4;

    private static final Logger LOG = Logger.getLogger(LoggingExceptionHandler.class.getName());

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof PostHogApiException api) {
            LOG.log(Level.SEVERE, "PostHog API call failed: " + api.getMessage(), api);
            String hint = api.isAuthError() ? " - check your key with 'flagctl config show'" : "";
            cmd.getErr().println(cmd.getColorScheme().errorText(
                    "flagctl: PostHog returned HTTP " + api.status() + hint));
            return api.isAuthError() ? EXIT_AUTH_ERROR : EXIT_API_ERROR;
        }
        if (ex instanceof SQLException sql) {
            LOG.log(Level.SEVERE, "Cache database error, SQLState " + sql.getSQLState(), sql);
            cmd.getErr().println(cmd.getColorScheme().errorText(
                    "flagctl: local cache is unreadable, delete ~/.flagctl/flags.db and run 'flagctl sync'"));
            return EXIT_CACHE_ERROR;
        }
        LOG.log(Level.SEVERE, "Unexpected error in " + cmd.getCommandName(), ex);
        cmd.getErr().println(cmd.getColorScheme().errorText("flagctl: " + ex.getClass().getSimpleName()));
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }
}
