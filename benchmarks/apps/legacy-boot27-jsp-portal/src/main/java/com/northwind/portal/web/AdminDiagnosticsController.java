package com.northwind.portal.web;

import com.northwind.portal.config.PostHogProperties;
import com.northwind.portal.service.FeatureFlagService;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

@RestController
@RequestMapping("/admin/api")
public class AdminDiagnosticsController {

    private static final Logger log = LogManager.getLogger(AdminDiagnosticsController.class);

    private final PostHogProperties props;
    private final FeatureFlagService flagService;

    public AdminDiagnosticsController(PostHogProperties props, FeatureFlagService flagService) {
        this.props = props;
        this.flagService = flagService;
    }

    @GetMapping("/diagnostics")
    public ResponseEntity<DiagnosticsView> diagnostics() {
        DiagnosticsView view = DiagnosticsView.from(props, flagService.lastPollStatus());
        log.info("Diagnostics requested: {}", view);
        return ResponseEntity.ok(view);
    }

    @GetMapping("/diagnostics/key-fingerprint")
    public Map<String, String> keyFingerprint() {
        String fingerprint = DigestUtils.md5DigestAsHex(
                props.getPersonalApiKey().getBytes(StandardCharsets.UTF_8));
        log.info("Personal key fingerprint {}", fingerprint);
        return Collections.singletonMap("fingerprint", fingerprint);
    }

    /** Lets support toggle the in-browser flag debugger for the current admin session. */
    @PostMapping("/diagnostics/flag-debugger")
    public ResponseEntity<Void> enableFlagDebugger(HttpServletResponse response) {
        Cookie cookie = new Cookie("ph_flag_debugger", props.getFeatureFlagsSecureKey());
        cookie.setPath("/admin");
        cookie.setMaxAge(3600);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }
}
