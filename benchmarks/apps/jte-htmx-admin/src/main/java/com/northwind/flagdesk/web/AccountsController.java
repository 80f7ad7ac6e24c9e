package com.northwind.flagdesk.web;

import com.northwind.flagdesk.accounts.ServiceAccountRepository;
import com.northwind.flagdesk.accounts.ServiceAccountService;
import com.northwind.flagdesk.accounts.ServiceAccountService.TokenKind;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/accounts")
public class AccountsController {

    private final ServiceAccountRepository repository;
    private final ServiceAccountService service;

    public AccountsController(ServiceAccountRepository repository, ServiceAccountService service) {
        this.repository = repository;
        this.service = service;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("accounts", repository.findAll().stream()
                .map(a -> new AccountRow(a.name(), a.rotatedAt().toString(), a.enabled()))
                .toList());
        return "accounts/list";
    }

    /** Rotation is the one time a token is shown; the admin copies it into the CI secret store. */
    @PostMapping("/{name}/rotate")
    public String rotate(@PathVariable String name, @RequestParam TokenKind kind, Model model,
                         HttpServletResponse response) {
        model.addAttribute("name", name);
        model.addAttribute("newToken", service.rotate(name, kind));
        response.setHeader(HtmxRequestFilter.HX_TRIGGER, "accountsChanged");
        return "accounts/rotated";
    }

    @PostMapping("/owners/{username}/reset-password")
    public String resetPassword(@PathVariable String username, Principal principal,
                                HttpServletResponse response) {
        service.resetOwnerPassword(username, principal.getName());
        response.setHeader(HtmxRequestFilter.HX_TRIGGER, "passwordReset");
        return "accounts/reset-done";
    }

    public record AccountRow(String name, String rotatedAt, boolean enabled) {
    }
}
