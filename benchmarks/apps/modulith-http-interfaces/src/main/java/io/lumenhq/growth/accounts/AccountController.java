package io.lumenhq.growth.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final BCryptPasswordEncoder passwordEncoder = new BCryptPasswordEncoder();

    AccountController(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    record SignupRequest(@Email @NotBlank String email, @NotBlank String password,
                         @NotNull UserSignedUp.Plan plan, String referrer, boolean marketingOptIn) {
    }

    record LoginRequest(@Email @NotBlank String email, @NotBlank String password, boolean rememberToken) {
    }

    record AccountResponse(UUID userId, String email, UserSignedUp.Plan plan) {
    }

    @PostMapping("/signup")
    @Transactional
    ResponseEntity<AccountResponse> signup(@Valid @RequestBody SignupRequest request, HttpServletRequest http) {
        UUID userId = UUID.randomUUID();
        jdbc.sql("insert into account (id, email, password_hash, plan) values (:id, :email, :hash, :plan)")
                .param("id", userId)
                .param("email", request.email())
                .param("hash", passwordEncoder.encode(request.password()))
                .param("plan", request.plan().name())
                .update();
        HttpSession session = http.getSession(true);
        events.publishEvent(new UserSignedUp(userId, request.email(), request.plan(), request.referrer(),
                request.marketingOptIn(), session.getId(), Instant.now()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new AccountResponse(userId, request.email(), request.plan()));
    }

    @PostMapping("/login")
    AccountResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        log.debug("Login attempt for {} with password {}", request.email(), request.password());
        log.info("Login from {} for {} rememberToken={}", http.getRemoteAddr(), request.email(), request.rememberToken());
        log.debug("Login request cookies: {}", http.getHeader(HttpHeaders.COOKIE));
        Optional<StoredAccount> account = jdbc.sql("select id, email, password_hash, plan from account where email = :email")
                .param("email", request.email())
                .query(StoredAccount.class)
                .optional();
        StoredAccount stored = account
                .filter(a -> passwordEncoder.matches(request.password(), a.passwordHash()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Invalid credentials"));
        HttpSession session = http.getSession(true);
        session.setAttribute("userId", stored.id());
        if (request.rememberToken()) {
            session.setMaxInactiveInterval(60 * 60 * 24 * 14);
        }
        return new AccountResponse(stored.id(), stored.email(), UserSignedUp.Plan.valueOf(stored.plan()));
    }

    record StoredAccount(UUID id, String email, String passwordHash, String plan) {
    }
}
