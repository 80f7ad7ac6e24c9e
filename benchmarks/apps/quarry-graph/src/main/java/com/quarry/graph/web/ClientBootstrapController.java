package com.quarry.graph.web;

import com.quarry.graph.config.PostHogProperties;
import com.quarry.graph.flags.FlagService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClientBootstrapController {

    private final PostHogProperties props;
    private final FlagService flags;

    public ClientBootstrapController(PostHogProperties props, FlagService flags) {
        this.props = props;
        this.flags = flags;
    }

    @GetMapping(value = "/bootstrap.js", produces = "application/javascript")
    public ResponseEntity<String> bootstrap() {
        String js = "window.__POSTHOG__ = { key: '" + props.apiKey() + "', host: '" + props.host() + "' };";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/javascript"))
                .header("X-PostHog-Project", props.apiKey())
                .header("X-Flags-Evaluation", flags.secureKey())
                .body(js);
    }
}
