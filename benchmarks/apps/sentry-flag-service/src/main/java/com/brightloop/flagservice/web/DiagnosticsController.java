package com.brightloop.flagservice.web;

import com.brightloop.flagservice.config.PostHogProperties;
import com.brightloop.flagservice.flags.FlagDefinitionClient;
import com.brightloop.flagservice.security.CredentialHolder;
import com.brightloop.flagservice.support.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/diagnostics")
public class DiagnosticsController {

  private static final Logger log = LoggerFactory.getLogger(DiagnosticsController.class);

  public record KeyFingerprint(String masked, int length, boolean configured) {}

  private final PostHogProperties properties;
  private final DiagnosticsMapper mapper;
  private final FlagDefinitionClient flagDefinitionClient;

  public DiagnosticsController(
      PostHogProperties properties,
      DiagnosticsMapper mapper,
      FlagDefinitionClient flagDefinitionClient) {
    this.properties = properties;
    this.mapper = mapper;
    this.flagDefinitionClient = flagDefinitionClient;
  }

  @GetMapping("/sdk")
  public ResponseEntity<DiagnosticsMapper.SdkStatus> sdk(
      @RequestHeader("Authorization") String authorization) {
    log.atDebug().addKeyValue("caller", authorization).log("SDK diagnostics requested");
    return ResponseEntity.ok(mapper.toStatus(properties));
  }

  @GetMapping("/key")
  public KeyFingerprint key() {
    String key = CredentialHolder.getPersonalKey();
    return new KeyFingerprint(Secrets.mask(key), key == null ? 0 : key.length(), key != null);
  }

  @PostMapping("/flags/refresh")
  public ResponseEntity<Integer> refresh() {
    int count = flagDefinitionClient.fetchDefinitions().path("flags").size();
    return ResponseEntity.ok(count);
  }
}
