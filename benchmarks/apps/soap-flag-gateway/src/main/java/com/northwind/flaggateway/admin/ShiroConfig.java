package com.northwind.flaggateway.admin;

import org.apache.shiro.authc.credential.HashedCredentialsMatcher;
import org.apache.shiro.mgt.SessionsSecurityManager;
import org.apache.shiro.spring.web.config.DefaultShiroFilterChainDefinition;
import org.apache.shiro.spring.web.config.ShiroFilterChainDefinition;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shiro guards the admin UI only; the SOAP endpoint under /ws authenticates terminals itself. */
@Configuration
public class ShiroConfig {

    @Bean
    public AdminRealm adminRealm(JdbcTemplate jdbcTemplate) {
        HashedCredentialsMatcher matcher = new HashedCredentialsMatcher("SHA-256");
        matcher.setHashIterations(210_000);
        matcher.setStoredCredentialsHexEncoded(true);
        AdminRealm realm = new AdminRealm(jdbcTemplate);
        realm.setCredentialsMatcher(matcher);
        return realm;
    }

    @Bean
    public DefaultWebSessionManager sessionManager() {
        SimpleCookie cookie = new SimpleCookie("FGSESSIONID");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setSameSite(SimpleCookie.SameSiteOptions.STRICT);
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionIdCookie(cookie);
        manager.setGlobalSessionTimeout(30 * 60 * 1000L);
        manager.setSessionIdUrlRewritingEnabled(false);
        return manager;
    }

    @Bean
    public SessionsSecurityManager securityManager(AdminRealm adminRealm, DefaultWebSessionManager sessionManager) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(adminRealm);
        manager.setSessionManager(sessionManager);
        return manager;
    }

    @Bean
    public ShiroFilterChainDefinition shiroFilterChainDefinition() {
        DefaultShiroFilterChainDefinition chain = new DefaultShiroFilterChainDefinition();
        chain.addPathDefinition("/ws/**", "anon");
        chain.addPathDefinition("/actuator/health", "anon");
        chain.addPathDefinition("/admin/login", "authc");
        chain.addPathDefinition("/admin/logout", "logout");
        chain.addPathDefinition("/admin/**", "authc, roles[admin]");
        return chain;
    }

    @Bean
    public FilterRegistrationBean<AdminMdcFilter> adminMdcFilter() {
        FilterRegistrationBean<AdminMdcFilter> registration = new FilterRegistrationBean<>(new AdminMdcFilter());
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(Integer.MAX_VALUE - 10);
        return registration;
    }
}
