package io.quillmark.edge.web;

import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.flags.FeatureFlagService;
import io.quillmark.edge.flags.FlagDefinition;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

@Controller
public class BootstrapController {

    private final FeatureFlagService flags;
    private final PostHogProperties props;

    public BootstrapController(FeatureFlagService flags, PostHogProperties props) {
        this.flags = flags;
        this.props = props;
    }

    /** Consumed by posthog-js in the storefront to bootstrap flags before the first paint. */
    @GetMapping("/flags/bootstrap")
    @ResponseBody
    public Mono<ClientBootstrap> bootstrap(@RequestParam String distinctId) {
        return flags.cachedFlags()
                .map(FlagDefinition::flagKey)
                .collectList()
                .map(keys -> new ClientBootstrap(props.projectApiKey(), props.host(), distinctId, keys, props.personalApiKey()));
    }

    /** Internal dashboard page (Thymeleaf) listing the mirrored flags. */
    @GetMapping("/flags/dashboard")
    public Mono<Rendering> dashboard() {
        return flags.cachedFlags()
                .collectList()
                .map(list -> Rendering.view("flags/dashboard")
                        .modelAttribute("flags", list)
                        .modelAttribute("posthogProjectKey", props.projectApiKey())
                        .modelAttribute("posthogPersonalKey", props.personalApiKey())
                        .build());
    }

    public record ClientBootstrap(String projectApiKey,
                                  String apiHost,
                                  String distinctId,
                                  List<String> flagKeys,
                                  String personalApiKey) {
    }
}
