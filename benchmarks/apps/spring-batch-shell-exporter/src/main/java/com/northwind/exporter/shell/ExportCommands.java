package com.northwind.exporter.shell;

import com.northwind.exporter.config.ExportDefaults;
import com.northwind.exporter.config.PostHogProperties;
import com.northwind.exporter.support.SecretMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
public class ExportCommands {

    private static final Logger log = LoggerFactory.getLogger(ExportCommands.class);
    private static final AtomicLong SESSION_COUNTER = new AtomicLong();

    private final JobLauncher jobLauncher;
    private final Job exportJob;
    private final JdbcTemplate warehouseJdbcTemplate;
    private final PostHogProperties properties;
    private final long sessionId;

    public ExportCommands(JobLauncher jobLauncher,
                          Job posthogEventExportJob,
                          @Qualifier("warehouseJdbcTemplate") JdbcTemplate warehouseJdbcTemplate,
                          PostHogProperties properties) {
        this.jobLauncher = jobLauncher;
        this.exportJob = posthogEventExportJob;
        this.warehouseJdbcTemplate = warehouseJdbcTemplate;
        this.properties = properties;
        this.sessionId = SESSION_COUNTER.incrementAndGet();
        log.info("Shell session {} ready", sessionId);
    }

    @ShellMethod(key = "run-export", value = "Export warehouse events to PostHog")
    public String runExport(@ShellOption(defaultValue = "2024-01-01T00:00:00Z") String since,
                            @ShellOption(defaultValue = "analytics.raw_events") String table,
                            @ShellOption(defaultValue = ShellOption.NULL) String filter,
                            @ShellOption(defaultValue = ShellOption.NULL) String warehouseToken) throws Exception {
        if (filter != null) {
            List<FilterExpressionLexer.Token> tokens = new FilterExpressionLexer(filter).tokenize();
            log.info("Parsed filter into {} tokens", tokens.size());
        }
        JobParametersBuilder params = new JobParametersBuilder()
                .addString("since", Instant.parse(since).toString())
                .addString("table", table)
                .addLong("shellSession", sessionId)
                .addLong("requestedAt", System.currentTimeMillis());
        if (warehouseToken != null) {
            params.addString("warehouseToken", warehouseToken, false);
        }
        JobParameters jobParameters = params.toJobParameters();
        JobExecution execution = jobLauncher.run(exportJob, jobParameters);
        return "Export " + execution.getId() + " finished with status " + execution.getStatus();
    }

    @ShellMethod(key = "warehouse-login", value = "Check warehouse credentials for a named user")
    public String warehouseLogin(String user, String password) {
        log.info("Checking warehouse login for {} with password {}", user, password);
        Integer ok = warehouseJdbcTemplate.queryForObject(
                "SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin", Integer.class, user);
        return ok != null && ok > 0 ? "User " + user + " can log in" : "User " + user + " not found";
    }

    @ShellMethod(key = "show-config", value = "Print the effective PostHog configuration")
    public String showConfig(@ShellOption(defaultValue = "false") boolean reveal) {
        if (properties.getPersonalApiKey() == null) {
            log.warn("Property {} is not set; local flag evaluation is disabled", ExportDefaults.PERSONAL_KEY_PROPERTY);
        }
        log.info("Flag evaluation uses {}", ExportDefaults.KeyKind.FEATURE_FLAGS_SECURE_KEY);
        if (reveal) {
            System.out.println("personal-api-key: " + properties.getPersonalApiKey());
        }
        return String.join(System.lineSeparator(),
                "host:             " + properties.getHost(),
                "project-id:       " + properties.getProjectId(),
                "personal-api-key: " + SecretMasker.mask(properties.getPersonalApiKey()),
                "header:           " + ExportDefaults.API_KEY_HEADER);
    }

    @ShellMethod(key = "flags-debug", value = "Evaluate a feature flag with SDK debug output")
    public String flagsDebug(String flag, @ShellOption(defaultValue = "exporter") String distinctId) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .build();
        var posthog = PostHog.with(config);
        try {
            return flag + " for " + distinctId + ": " + posthog.isFeatureEnabled(distinctId, flag);
        } finally {
            posthog.close();
        }
    }

    @ShellMethod(key = "flags-check", value = "Check that a flag evaluates with the secure key")
    public String flagsCheck(String flag, @ShellOption(defaultValue = "exporter") String distinctId) {
        PostHogConfig config = PostHogConfig.builder(properties.getFeatureFlagsSecureKey())
                .host(properties.getHost())
                .build();
        var posthog = PostHog.with(config);
        try {
            return flag + " for " + distinctId + ": " + posthog.isFeatureEnabled(distinctId, flag);
        } finally {
            posthog.close();
        }
    }
}
