package com.harbortally.billing.web;

import com.harbortally.billing.analytics.FeatureFlagService;
import com.harbortally.billing.audit.AuditMessages;
import com.harbortally.billing.audit.AuditService;
import com.harbortally.billing.security.JwtService;
import com.harbortally.billing.security.JwtService.TokenType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    public record TokenRequest(@NotBlank String username, @NotBlank String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresInSeconds) {
    }

    private final UserDetailsService userDetailsService;
    private final PasswordEncoder passwordEncoder;
    private final JwtService jwtService;
    private final AuditService auditService;
    private final FeatureFlagService featureFlags;

    public AuthController(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                          JwtService jwtService, AuditService auditService, FeatureFlagService featureFlags) {
        this.userDetailsService = userDetailsService;
        this.passwordEncoder = passwordEncoder;
        this.jwtService = jwtService;
        this.auditService = auditService;
        this.featureFlags = featureFlags;
    }

    @PostMapping("/token")
    public ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        UserDetails user;
        try {
            user = userDetailsService.loadUserByUsername(request.username());
        } catch (UsernameNotFoundException e) {
            auditService.record(AuditMessages.loginFailed(request.username(), request.password(), "unknown user"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!passwordEncoder.matches(request.password(), user.getPassword())) {
            String line = AuditMessages.loginFailed(request.username(), request.password(), "bad password");
            auditService.record(line);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        String jwt = jwtService.issue(user.getUsername(), TokenType.ACCESS);
        auditService.apiTokenIssued(user.getUsername(), jwt);
        auditService.sessionOpened(user.getUsername(), http);
        featureFlags.capture(user.getUsername(), "api_token_issued", Map.of("token_type", TokenType.ACCESS.name()));

        return ResponseEntity.ok(new TokenResponse(jwt, "Bearer", 1800));
    }
}
