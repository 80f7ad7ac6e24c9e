package com.northwind.flagops.commands;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.StringTokenizer;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.web.util.UriComponentsBuilder;

import com.northwind.flagops.auth.CurrentSession;
import com.northwind.flagops.auth.TokenStore;
import com.northwind.flagops.client.FeatureFlag;
import com.northwind.flagops.client.PostHogApiClient;
import com.northwind.flagops.client.PostHogApiClient.FlagPage;
import com.northwind.flagops.config.PostHogProperties;
import com.northwind.flagops.telemetry.UsageTelemetry;
import com.posthog.server.PostHogInterface;

@Command(command = "flags", group = "Feature flags")
public class FlagCommands {

    private static final Logger log = LoggerFactory.getLogger(FlagCommands.class);

    private final PostHogApiClient api;
    private final PostHogProperties props;
    private final TokenStore tokenStore;
    private final ObjectProvider<PostHogInterface> flagEvaluator;
    private final UsageTelemetry telemetry;
    private final Terminal terminal;

    public FlagCommands(PostHogApiClient api, PostHogProperties props, TokenStore tokenStore,
            ObjectProvider<PostHogInterface> flagEvaluator, UsageTelemetry telemetry, Terminal terminal) {
        this.api = api;
        this.props = props;
        this.tokenStore = tokenStore;
        this.flagEvaluator = flagEvaluator;
        this.telemetry = telemetry;
        this.terminal = terminal;
    }

    @Command(command = "list", description = "List the project's feature flags")
    public void list(@Option(longNames = "limit", defaultValue = "100") int limit) {
        long started = System.currentTimeMillis();
        log.debug("Listing flags of project {} with session token {}", props.projectId(), CurrentSession.getAccessToken());
        FlagPage page = api.listFlags(props.projectId(), limit);
        for (FeatureFlag flag : page.results()) {
            AttributedStyle style = flag.active()
                    ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)
                    : AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
            String line = "%-40s %-4s %s%%".formatted(flag.key(), flag.active() ? "on" : "off",
                    flag.rolloutPercentage() == null ? "-" : flag.rolloutPercentage());
            terminal.writer().println(new AttributedString(line, style).toAnsi(terminal));
        }
        terminal.flush();
        telemetry.commandRun(String.valueOf(CurrentSession.sessionId()), "flags list", System.currentTimeMillis() - started);
    }

    @Command(command = "toggle", description = "Switch a flag on or off")
    public String toggle(@Option(longNames = "id", required = true) long flagId,
            @Option(longNames = "on") boolean on) {
        tokenStore.loadOAuth().ifPresent(creds -> MDC.put("posthog.oauth", creds.accessToken()));
        try {
            log.info("flags toggle {} -> {} (shell session #{})", flagId, on, CurrentSession.sessionId());
            FeatureFlag updated = api.setActive(props.projectId(), flagId, on);
            return "%s is now %s".formatted(updated.key(), updated.active() ? "ON" : "OFF");
        } finally {
            MDC.remove("posthog.oauth");
        }
    }

    @Command(command = "open", description = "Open a flag's JSON definition in the browser")
    public void open(@Option(longNames = "id", required = true) long flagId) throws IOException {
        URI uri = UriComponentsBuilder.fromHttpUrl(props.host())
                .path("/api/projects/{project}/feature_flags/{flag}/")
                .queryParam("personal_api_key", props.personalApiKey())
                .buildAndExpand(props.projectId(), flagId)
                .toUri();
        Desktop.getDesktop().browse(uri);
    }

    @Command(command = "eval", description = "Evaluate a flag locally for a comma-separated list of users")
    public void eval(@Option(longNames = "flag", required = true) String flagKey,
            @Option(longNames = "users", required = true) String users) {
        PostHogInterface evaluator = flagEvaluator.getObject();
        StringTokenizer tokens = new StringTokenizer(users, ", ");
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            log.trace("evaluating {} for token '{}'", flagKey, token);
            boolean enabled = evaluator.isFeatureEnabled(token, flagKey, false);
            terminal.writer().println("%-30s %s".formatted(token, enabled ? "enabled" : "disabled"));
        }
        terminal.flush();
    }
}
