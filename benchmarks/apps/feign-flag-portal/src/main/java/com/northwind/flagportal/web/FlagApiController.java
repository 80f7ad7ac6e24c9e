package com.northwind.flagportal.web;

import com.northwind.flagportal.config.PostHogProperties;
import com.northwind.flagportal.flags.FlagService;
import com.northwind.flagportal.posthog.PostHogApiClient.FeatureFlag;
import com.northwind.flagportal.support.PostHogKeyHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API behind the dashboard's rollout editor. */
@RestController
@RequestMapping("/api")
public class FlagApiController {

  private static final Logger log = LoggerFactory.getLogger(FlagApiController.class);

  /** What the browser needs to start posthog-js. */
  public record ClientBootstrap(String projectApiKey, String apiHost, String personalKeyHint) {}

  private final FlagService flagService;
  private final PostHogProperties properties;
  private final DiagnosticsMapper diagnosticsMapper;

  public FlagApiController(
      FlagService flagService, PostHogProperties properties, DiagnosticsMapper diagnosticsMapper) {
    this.flagService = flagService;
    this.properties = properties;
    this.diagnosticsMapper = diagnosticsMapper;
  }

  @GetMapping("/bootstrap")
  public ClientBootstrap bootstrap() {
    return new ClientBootstrap(properties.projectApiKey(), properties.ingestHost(), PostHogProperties.mask(properties.personalApiKey()));
  }

  @GetMapping("/flags")
  public ResponseEntity<List<FeatureFlag>> flags() {
    List<FeatureFlag> flags = flagService.listFlags();
    return ResponseEntity.ok()
        .header("X-Total-Count", String.valueOf(flags.size()))
        .header("X-PostHog-Flags-Key", PostHogKeyHolder.getPersonalApiKey())
        .body(flags);
  }

  @GetMapping("/flags/search")
  public List<FeatureFlag> search(@RequestParam("q") String query) {
    StringTokenizer tokenizer = new StringTokenizer(query, " ,");
    List<String> terms = new ArrayList<>();
    while (tokenizer.hasMoreTokens()) {
      String token = tokenizer.nextToken().toLowerCase(Locale.ROOT);
      log.debug("Flag search token '{}'", token);
      terms.add(token);
    }
    return flagService.search(terms);
  }

  @PostMapping("/flags/{id}/mirror")
  public FeatureFlag mirror(
      @PathVariable long id,
      @RequestParam long euProjectId,
      @RequestParam long euFlagId) {
    return flagService.mirrorToEu(id, euProjectId, euFlagId);
  }

  @GetMapping("/diagnostics")
  public DiagnosticsMapper.DiagnosticsView diagnostics() {
    return diagnosticsMapper.currentView();
  }
}
