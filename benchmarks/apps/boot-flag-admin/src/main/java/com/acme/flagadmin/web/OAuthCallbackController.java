package com.acme.flagadmin.web;

import com.acme.flagadmin.auth.OAuthTokenService;
import com.acme.flagadmin.auth.OAuthTokens;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

@Controller
@RequestMapping("/oauth")
public class OAuthCallbackController {

    private final OAuthTokenService tokenService;

    public OAuthCallbackController(OAuthTokenService tokenService) {
        this.tokenService = tokenService;
    }

    @GetMapping("/callback")
    public String callback(@RequestParam String code, HttpServletResponse response) {
        OAuthTokens tokens = tokenService.exchange(code);

        ResponseCookie refreshCookie = ResponseCookie.from("ph_refresh", tokens.refreshToken())
                .path("/oauth")
                .maxAge(Duration.ofDays(14))
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, refreshCookie.toString());

        // the flag-preview SPA picks the token up from the query string
        return "redirect:/preview/index.html?access_token=" + tokens.accessToken();
    }
}
