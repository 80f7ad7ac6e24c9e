package com.acme.hub.web;

import com.acme.hub.config.PostHogProperties;
import com.acme.hub.domain.UserAccount;
import com.acme.hub.domain.UserAccountRepository;
import com.acme.hub.security.JwtService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private static final Logger log = LogManager.getLogger(AuthController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record LoginRequest(@NotBlank String username, @NotBlank String password) {
    }

    public record RegisterRequest(@NotBlank @Size(max = 64) String username,
                                  @NotBlank @Size(min = 12) String password,
                                  boolean bot) {
    }

    public record LoginResponse(String accessToken, String tokenType, long expiresIn) {
    }

    private final AuthenticationManager authenticationManager;
    private final JwtService jwtService;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PostHogProperties posthog;

    public AuthController(AuthenticationManager authenticationManager, JwtService jwtService,
                          UserAccountRepository users, PasswordEncoder passwordEncoder,
                          PostHogProperties posthog) {
        this.authenticationManager = authenticationManager;
        this.jwtService = jwtService;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.posthog = posthog;
    }

    @PostMapping("/login")
    public ResponseEntity<LoginResponse> login(@Valid @RequestBody LoginRequest request) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    new UsernamePasswordAuthenticationToken(request.username(), request.password()));
        } catch (BadCredentialsException ex) {
            log.printf(Level.WARN, "Failed login for '%s' (password '%s')", request.username(), request.password());
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Invalid credentials");
        }

        UserDetails user = (UserDetails) authentication.getPrincipal();
        String accessToken = jwtService.issueToken(user);
        LoginResponse body = new LoginResponse(accessToken, "Bearer", jwtService.getTokenTtlSeconds());

        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (admin && posthog.hasPersonalApiKey()) {
            // The admin console queries the PostHog insights API directly from the browser.
            ResponseCookie insightsCookie = ResponseCookie.from("ph_admin_key", posthog.getPersonalApiKey())
                    .httpOnly(false)
                    .secure(true)
                    .sameSite("Strict")
                    .path("/admin")
                    .maxAge(Duration.ofHours(8))
                    .build();
            response.header(HttpHeaders.SET_COOKIE, insightsCookie.toString());
        }
        return response.body(body);
    }

    @PostMapping("/register")
    @Transactional
    public ResponseEntity<LoginResponse> register(@Valid @RequestBody RegisterRequest request) {
        if (users.existsByUsername(request.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Username already taken");
        }
        UserAccount.Role role = request.bot() ? UserAccount.Role.BOT : UserAccount.Role.USER;
        UserAccount account = new UserAccount(request.username(), passwordEncoder.encode(request.password()), role);
        if (request.bot()) {
            byte[] raw = new byte[48];
            RANDOM.nextBytes(raw);
            account.setApiToken(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        }
        account = users.save(account);
        log.info("Registered new account {}", account);

        Authentication authentication = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(request.username(), request.password()));
        String accessToken = jwtService.issueToken((UserDetails) authentication.getPrincipal());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new LoginResponse(accessToken, "Bearer", jwtService.getTokenTtlSeconds()));
    }
}
