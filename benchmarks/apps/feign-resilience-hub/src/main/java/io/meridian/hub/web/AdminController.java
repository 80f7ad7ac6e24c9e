package io.meridian.hub.web;

import io.meridian.hub.service.FlagSyncService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/posthog")
public class AdminController {

    private final FlagSyncService flagSync;

    public AdminController(FlagSyncService flagSync) {
        this.flagSync = flagSync;
    }

    @GetMapping("/connection")
    public ConnectionDiagnostics connection() {
        return flagSync.snapshot();
    }

    @PostMapping("/verify")
    public ResponseEntity<Void> verify() {
        flagSync.verifyCredentials();
        return ResponseEntity.noContent().build();
    }
}
