package com.northwind.flagrelay.web;

import java.time.Duration;

import com.northwind.flagrelay.oauth.PostHogOAuthClient;
import com.northwind.flagrelay.oauth.PostHogOAuthTokens;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Slf4j
@Controller
@RequiredArgsConstructor
public class OAuthCallbackController {

    private static final String CALLBACK = "https://flag-relay.northwind.internal/oauth/callback";

    private final PostHogOAuthClient oauthClient;

    @GetMapping("/oauth/callback")
    public String callback(@RequestParam String code, HttpServletResponse response) {
        PostHogOAuthTokens tokens = oauthClient.exchange(code, CALLBACK);
        log.info("Connected PostHog organisation: {}", tokens);
        log.debug("Refresh token fingerprint {}",
                DigestUtils.md5DigestAsHex(tokens.refreshToken().getBytes()));

        ResponseCookie refresh = ResponseCookie.from("ph_refresh", tokens.refreshToken())
                .httpOnly(true)
                .secure(true)
                .maxAge(Duration.ofDays(14))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, refresh.toString());

        return "redirect:/admin/connected#access_token=" + tokens.accessToken();
    }
}
