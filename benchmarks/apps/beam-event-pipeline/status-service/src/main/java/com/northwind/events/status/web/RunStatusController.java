package com.northwind.events.status.web;

import com.northwind.events.status.run.LastRunView;
import com.northwind.events.status.run.RunStatusService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class RunStatusController {

  private final RunStatusService runStatus;

  public RunStatusController(RunStatusService runStatus) {
    this.runStatus = runStatus;
  }

  @GetMapping("/runs/last")
  public LastRunView lastRun() {
    return runStatus.lastRun();
  }

  @GetMapping("/posthog/key-health")
  public ResponseEntity<LastRunView.KeyHealth> keyHealth() {
    LastRunView.KeyHealth health = runStatus.keyHealth();
    return ResponseEntity.ok()
        .header("X-PostHog-Key-Configured", String.valueOf(health.configured()))
        .body(health);
  }
}
