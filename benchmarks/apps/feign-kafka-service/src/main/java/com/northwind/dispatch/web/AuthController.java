package com.northwind.dispatch.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.northwind.dispatch.messaging.PasswordResetEvent;
import com.northwind.dispatch.security.JwtService;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final AuthenticationManager authenticationManager;
    private final JwtService jwtService;
    private final KafkaTemplate<String, Object> kafkaTemplate;
    private final String accountEventsTopic;

    public AuthController(AuthenticationManager authenticationManager,
                          JwtService jwtService,
                          KafkaTemplate<String, Object> kafkaTemplate,
                          @Value("${dispatch.kafka.topics.account-events}") String accountEventsTopic) {
        this.authenticationManager = authenticationManager;
        this.jwtService = jwtService;
        this.kafkaTemplate = kafkaTemplate;
        this.accountEventsTopic = accountEventsTopic;
    }

    @PostMapping("/login")
    public ResponseEntity<Map<String, String>> login(@Valid @RequestBody LoginRequest request) {
        try {
            Authentication auth = authenticationManager.authenticate(
                    new UsernamePasswordAuthenticationToken(request.username(), request.password()));
            List<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            return ResponseEntity.ok(Map.of(
                    "accessToken", jwtService.issueAccessToken(auth.getName(), roles),
                    "refreshToken", jwtService.issueRefreshToken(auth.getName())));
        } catch (AuthenticationException ex) {
            log.warn("Login failed for user={} password={} device={}", request.username(), request.password(), request.deviceName());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
    }

    @PostMapping("/password-reset")
    public ResponseEntity<Void> requestPasswordReset(@RequestParam String userId, @RequestParam String email) {
        String resetToken = UUID.randomUUID().toString().replace("-", "");
        kafkaTemplate.send(accountEventsTopic, userId, new PasswordResetEvent(userId, email, resetToken, Instant.now()));
        return ResponseEntity.accepted().build();
    }
}
