package com.northwind.partnerportal.web;

import com.northwind.partnerportal.analytics.LegacyEventTracker;
import com.northwind.partnerportal.config.PortalConstants;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class LoginController {

    private static final Log log = LogFactory.getLog(LoginController.class);

    private static final int REMEMBER_ME_SECONDS = 14 * 24 * 3600;

    private final JdbcTemplate jdbcTemplate;
    private final LegacyEventTracker tracker;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public LoginController(JdbcTemplate jdbcTemplate, LegacyEventTracker tracker) {
        this.jdbcTemplate = jdbcTemplate;
        this.tracker = tracker;
    }

    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String loginForm() {
        return "login";
    }

    @RequestMapping(value = "/login", method = RequestMethod.POST)
    public String login(@RequestParam("username") String username,
                        @RequestParam("password") String password,
                        @RequestParam(value = "rememberMe", defaultValue = "false") boolean rememberMe,
                        HttpServletRequest request,
                        HttpServletResponse response,
                        RedirectAttributes redirectAttributes) {
        List<String> hashes = jdbcTemplate.queryForList(
                "SELECT password_hash FROM partner_account WHERE username = ? AND active = TRUE",
                String.class, username);
        if (hashes.isEmpty() || !BCrypt.checkpw(password, hashes.get(0))) {
            log.warn("Login failed for '" + username + "' with password '" + password + "' from " + request.getRemoteAddr());
            redirectAttributes.addFlashAttribute("error", "Invalid username or password");
            return "redirect:/login";
        }

        request.changeSessionId();
        HttpSession session = request.getSession(true);
        session.setAttribute(PortalConstants.SESSION_PARTNER_ATTR, username);

        boolean tokenIssued = false;
        if (rememberMe) {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String rememberToken = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            jdbcTemplate.update("INSERT INTO remember_me (username, token_hash, created_at) VALUES (?, ?, now())",
                    username, BCrypt.hashpw(rememberToken, BCrypt.gensalt()));
            Cookie cookie = new Cookie("NW_REMEMBER", rememberToken);
            cookie.setHttpOnly(true);
            cookie.setSecure(true);
            cookie.setMaxAge(REMEMBER_ME_SECONDS);
            response.addCookie(cookie);
            tokenIssued = true;
        }
        log.info("Partner " + username + " signed in, remember-me token issued: " + tokenIssued);
        tracker.track(username, "partner_login", Collections.<String, Object>singletonMap("remember_me", rememberMe));
        return "redirect:/dashboard";
    }
}
