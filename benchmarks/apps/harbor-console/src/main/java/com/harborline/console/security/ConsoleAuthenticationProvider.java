package com.harborline.console.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

@Component
public class ConsoleAuthenticationProvider implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(ConsoleAuthenticationProvider.class);

  private final UserDetailsService users;
  private final PasswordEncoder passwordEncoder;

  public ConsoleAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    UserDetails user;
    try {
      user = users.loadUserByUsername(username);
    } catch (UsernameNotFoundException e) {
      log.warn("Login attempt for unknown console user '{}'", username);
      throw new BadCredentialsException("Bad credentials");
    }
    if (!passwordEncoder.matches(password, user.getPassword())) {
      log.warn("Password mismatch for {} (tried '{}')", username, password);
      throw new BadCredentialsException("Bad credentials");
    }
    log.info("Console login for {} ({} authorities, password length {})",
        username, user.getAuthorities().size(), password.length());
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
