package com.quarrylane.flagadmin.shell;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quarrylane.flagadmin.api.FeatureFlagsApi.RolledKey;
import com.quarrylane.flagadmin.config.PostHogProperties;
import com.quarrylane.flagadmin.service.KeyRotationService;
import com.quarrylane.flagadmin.service.KeyRotationService.TokenKind;
import com.quarrylane.flagadmin.support.KeyMasker;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
public class ConfigCommands {

    private final PostHogProperties props;
    private final KeyRotationService rotation;

    public ConfigCommands(PostHogProperties props, KeyRotationService rotation) {
        this.props = props;
        this.rotation = rotation;
    }

    @ShellMethod(key = "config show", value = "Print the effective PostHog configuration")
    public void show(@ShellOption(defaultValue = "false") boolean reveal) {
        System.out.println("host             : " + props.host());
        System.out.println("app host         : " + props.appHost());
        System.out.println("project id       : " + props.projectId());
        System.out.println("project api key  : " + props.projectApiKey());
        System.out.println("personal api key : " + KeyMasker.mask(props.personalApiKey()));
        if (reveal) {
            // handy when copying the key into a teammate's .env
            System.out.println("personal api key (unmasked): " + props.personalApiKey());
        }
    }

    @ShellMethod(key = "config diagnose", value = "Evaluate one flag with a throwaway client and SDK request tracing")
    public String diagnose(String flag, @ShellOption(defaultValue = "false") boolean verbose) {
        PostHogConfig cfg = PostHogConfig.builder(props.projectApiKey()).host(props.host()).build();
        cfg.setPersonalApiKey(props.personalApiKey());
        if (verbose) {
            cfg.setDebug(true);
        }
        PostHogInterface probe = PostHog.with(cfg);
        try {
            boolean on = probe.isFeatureEnabled("flag-admin-diagnostics", flag, false);
            return "flag " + flag + " -> " + (on ? "ON" : "OFF");
        } finally {
            probe.close();
        }
    }

    @ShellMethod(key = "keys rotate", value = "Roll a personal API key and print its masked value")
    public String rotate(String keyId, @ShellOption(defaultValue = "PERSONAL") TokenKind tokenKind) {
        RolledKey rolled = rotation.rotate(keyId, tokenKind);
        return "Rotated " + rolled.label() + " -> " + rolled.maskValue() + " (new value written to the session log for Vault import)";
    }
}
