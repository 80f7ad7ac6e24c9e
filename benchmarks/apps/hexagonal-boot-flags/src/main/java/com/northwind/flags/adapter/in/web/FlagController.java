package com.northwind.flags.adapter.in.web;

import com.northwind.flags.adapter.in.web.FlagWebMapper.ClientBootstrapView;
import com.northwind.flags.adapter.in.web.FlagWebMapper.DiagnosticsView;
import com.northwind.flags.adapter.in.web.FlagWebMapper.FlagDefinitionView;
import com.northwind.flags.adapter.in.web.FlagWebMapper.FlagView;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.domain.port.in.EvaluateFlagsUseCase;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/flags")
@RequiredArgsConstructor
public class FlagController {

    private final EvaluateFlagsUseCase flags;
    private final FlagWebMapper mapper;
    private final PostHogProperties properties;

    @GetMapping("/bootstrap")
    public ClientBootstrapView bootstrap() {
        return mapper.toBootstrap(properties);
    }

    @GetMapping("/evaluate/{flagKey}")
    public FlagView evaluate(@PathVariable String flagKey, @RequestParam String distinctId) {
        return mapper.toView(flags.evaluate(distinctId, flagKey));
    }

    @GetMapping("/evaluate")
    public List<FlagView> evaluateAll(@RequestParam String distinctId, @RequestParam String keys) {
        return mapper.toViews(flags.evaluateAll(distinctId, keys));
    }

    @GetMapping("/admin/definitions")
    public List<FlagDefinitionView> definitions() {
        return mapper.toDefinitionViews(flags.listFlags());
    }

    @PostMapping("/admin/sync")
    public List<FlagDefinitionView> synchronize() {
        return mapper.toDefinitionViews(flags.synchronize());
    }

    @GetMapping("/admin/diagnostics")
    public DiagnosticsView diagnostics() {
        return mapper.toDiagnostics(properties);
    }

    /** Deep link for the admin console: opens the raw flag definition in PostHog's API browser. */
    @GetMapping("/admin/{flagKey}/open")
    public ResponseEntity<Void> openInPostHog(@PathVariable String flagKey) {
        URI target = UriComponentsBuilder.fromUriString(properties.apiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("key", flagKey)
                .queryParam("personal_api_key", properties.personalApiKey())
                .buildAndExpand(properties.projectId())
                .encode()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
