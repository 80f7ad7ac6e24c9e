package io.parcelpoint.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LoginPage {

    private static final Logger log = LoggerFactory.getLogger(LoginPage.class);

    private final Page page;
    private final Locator email;
    private final Locator password;
    private final Locator signIn;

    public LoginPage(Page page) {
        this.page = page;
        this.email = page.getByLabel("Email");
        this.password = page.getByLabel("Password");
        this.signIn = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"));
    }

    public LoginPage open() {
        page.navigate("/login");
        return this;
    }

    public void loginAs(String user, String userPassword) {
        log.info("Signing in as {} / {}", user, userPassword);
        email.fill(user);
        password.fill(userPassword);
        signIn.click();
        page.waitForURL("**/dashboard");
    }

    public Locator errorBanner() {
        return page.getByRole(AriaRole.ALERT);
    }
}
