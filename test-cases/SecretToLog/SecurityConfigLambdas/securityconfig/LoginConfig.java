package securityconfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** A login's success and failure handlers written as lambdas get the request and the response. */
public class LoginConfig {
  private static final Logger log = LoggerFactory.getLogger(LoginConfig.class);

  void configure(HttpSecurity http) {
    http.oauth2Login(
            login ->
                login
                    .loginPage("/login")
                    .defaultSuccessUrl("/connections", true)
                    .failureHandler(
                        (request, response, exception) -> {
                          log.warn("login failed, cookies={}", request.getHeader("Cookie")); // Noncompliant
                          log.warn("login failed at {}", request.getRequestURI());
                          response.sendRedirect("/login?error");
                        }))
        .formLogin(
            form ->
                form.successHandler(
                    (request, response, authentication) -> {
                      log.info("signed in, session {}", request.getSession().getId()); // Noncompliant
                      response.sendRedirect("/");
                    }));
  }

  void formLoginWithItsParameters(HttpSecurity http) throws Exception {
    http.formLogin(
        form ->
            form.loginPage("/login")
                .usernameParameter("username")
                .passwordParameter("password")
                .failureHandler(
                    (request, response, exception) -> {
                      log.warn("failed for {} [{}]", request.getParameter("username"), request.getHeader("Cookie")); // Noncompliant
                      response.sendRedirect("/login?error");
                    }));
  }
}
