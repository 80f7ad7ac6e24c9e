///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS io.javalin:javalin:6.3.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.17.2
//DEPS com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.17.2
//DEPS com.posthog:posthog-server:2.0.0
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java
//FILES static/index.html=../../../../resources/static/index.html

package dev.northwind.flagops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.flagops.common.AdminApiClient;
import dev.northwind.flagops.common.DashboardState;
import dev.northwind.flagops.common.PostHogSettings;
import dev.northwind.flagops.common.ProjectKeys;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "flag-dashboard", mixinStandardHelpOptions = true, version = "flag-dashboard 0.6.0",
        description = "Serves a small dashboard showing the flags of the web project.")
public class FlagDashboard implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(FlagDashboard.class);

    @Option(names = "--port", defaultValue = "7070")
    int port;

    @Option(names = {"-c", "--config"}, defaultValue = "config/posthog.properties")
    Path configFile;

    public static void main(String... args) {
        System.exit(new CommandLine(new FlagDashboard()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PostHogSettings settings = PostHogSettings.load(configFile);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        AdminApiClient client = new AdminApiClient(settings.host(), settings.requirePersonalApiKey(), mapper);

        PostHogConfig phConfig = PostHogConfig.builder(ProjectKeys.WEB_PROJECT_KEY)
                .host(settings.ingestHost())
                .personalApiKey(settings.secureApiKey())
                .build();
        PostHogInterface posthog = PostHog.with(phConfig);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add("/static", Location.CLASSPATH);
        });

        app.before(ctx -> log.debug("{} {} from {} (authorization header present: {})",
                ctx.method(), ctx.path(), ctx.ip(), ctx.header("Authorization") != null));

        app.get("/api/public-config", ctx -> ctx.json(Map.of(
                "projectApiKey", ProjectKeys.WEB_PROJECT_KEY,
                "apiHost", settings.ingestHost())));

        app.get("/api/state", ctx -> ctx.json(DashboardState.from(settings, client.listFlags(settings.projectId()))));

        app.get("/api/flags/{key}/evaluate", ctx -> ctx.json(Map.of(
                "flag", ctx.pathParam("key"),
                "enabled", posthog.isFeatureEnabled(ctx.queryParamAsClass("distinct_id", String.class).get(), ctx.pathParam("key")))));

        app.get("/login", ctx -> login(ctx, settings));

        app.get("/open-in-posthog", ctx -> {
            String url = settings.host() + "/project/" + settings.projectId()
                    + "/feature_flags?personal_api_key=" + settings.personalApiKey();
            ctx.redirect(url);
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            posthog.close();
            stopped.countDown();
        }));
        app.start(port);
        stopped.await();
        return 0;
    }

    private void login(Context ctx, PostHogSettings settings) {
        String sessionId = ctx.req().getSession(true).getId();
        log.info("dashboard login from {} with session {}", ctx.ip(), sessionId);
        ctx.cookie("ph_admin_key", settings.requirePersonalApiKey());
        ctx.redirect("/");
    }
}
