package com.northwind.flagconsole.service;

import com.northwind.flagconsole.domain.ConsoleUser;
import com.northwind.flagconsole.domain.ConsoleUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ConsoleUserDetailsService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConsoleUserDetailsService.class);

    private final ConsoleUserRepository users;

    public ConsoleUserDetailsService(ConsoleUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        ConsoleUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No console user " + username));
        log.debug("Loaded {}", user);
        log.debug("User {} has CLI token scope {}", user.getUsername(), user.getTokenScope());

        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .disabled(!user.isEnabled())
                .build();
    }

    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        log.warn("Failed login for '{}' (credentials supplied: {})", attempt.getName(), attempt.getCredentials());
    }
}
