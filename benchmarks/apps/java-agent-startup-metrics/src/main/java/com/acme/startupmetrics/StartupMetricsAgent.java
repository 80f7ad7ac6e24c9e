package com.acme.startupmetrics;

import com.acme.startupmetrics.config.AgentConfig;
import com.acme.startupmetrics.config.ConfigLoader;
import com.acme.startupmetrics.config.PostHogKeys;
import com.acme.startupmetrics.instrument.HttpClientSendAdvice;
import com.acme.startupmetrics.instrument.JdbcConnectAdvice;
import com.acme.startupmetrics.instrument.JdbcExecuteAdvice;
import com.acme.startupmetrics.instrument.MainMethodAdvice;
import com.acme.startupmetrics.metrics.TimingRecorder;
import com.acme.startupmetrics.report.FlagDefinitionsFetcher;
import com.acme.startupmetrics.report.PostHogClientFactory;
import com.acme.startupmetrics.report.PostHogReporter;
import com.acme.startupmetrics.status.StatusServer;
import com.acme.startupmetrics.util.Secrets;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Entry point. Start with {@code -javaagent:startup-metrics-agent.jar[=options]} or attach
 * to a running JVM (agentmain).
 */
public final class StartupMetricsAgent {

    private static final Logger LOG = Logger.getLogger("startup-metrics");
    private static volatile boolean started;

    private StartupMetricsAgent() {
    }

    public static void premain(String agentArgs, Instrumentation inst) {
        start(agentArgs, inst, false);
    }

    public static void agentmain(String agentArgs, Instrumentation inst) {
        start(agentArgs, inst, true);
    }

    private static synchronized void start(String agentArgs, Instrumentation inst, boolean attached) {
        if (started) {
            return;
        }
        started = true;

        AgentConfig config = new ConfigLoader().load(agentArgs);
        TimingRecorder.setVerbose(config.debug());
        LOG.info("startup-metrics agent starting (attached=" + attached + ") with " + config);
        if (config.personalApiKey() == null) {
            System.err.println("[startup-metrics] " + PostHogKeys.ENV_PERSONAL_KEY
                    + " not set, local flag evaluation disabled");
        } else {
            LOG.info("Using PostHog personal API key " + Secrets.mask(config.personalApiKey()));
        }

        installTransformers(config, inst);

        PostHogClientFactory clients = new PostHogClientFactory();
        PostHogReporter reporter = new PostHogReporter(
                clients.create(config), config, new FlagDefinitionsFetcher(config));
        reporter.loadSamplingFlag();

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "startup-metrics-reporter");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(reporter, config.flushIntervalSeconds(),
                config.flushIntervalSeconds(), TimeUnit.SECONDS);

        StatusServer statusServer = new StatusServer(config);
        if (config.statusPort() > 0) {
            try {
                statusServer.start();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not open status port " + config.statusPort(), e);
            }
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            statusServer.stop();
            reporter.close();
        }, "startup-metrics-shutdown"));
    }

    private static void installTransformers(AgentConfig config, Instrumentation inst) {
        AgentBuilder agent = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .ignore(nameStartsWith("net.bytebuddy.").or(nameStartsWith("com.acme.startupmetrics.")))
                .type(hasSuperType(named("java.sql.Statement")).and(not(isInterface())))
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(JdbcExecuteAdvice.class).on(named("execute")
                                .or(named("executeQuery"))
                                .or(named("executeUpdate"))
                                .or(named("executeBatch")))))
                .type(hasSuperType(named("java.sql.Driver")).and(not(isInterface())))
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(JdbcConnectAdvice.class).on(named("connect")
                                .and(takesArguments(String.class, Properties.class)))))
                .type(hasSuperType(named("java.net.http.HttpClient")).and(not(isAbstract())))
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(HttpClientSendAdvice.class).on(named("send"))));

        if (config.mainClass() != null) {
            agent = agent.type(named(config.mainClass()))
                    .transform((builder, type, loader, module, domain) -> builder.visit(
                            Advice.to(MainMethodAdvice.class).on(named("main").and(isStatic()))));
        }
        agent.installOn(inst);
    }
}
