package io.parcelpoint.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

public class CheckoutPage {

    private final Page page;

    public CheckoutPage(Page page) {
        this.page = page;
    }

    public CheckoutPage open() {
        page.navigate("/checkout");
        return this;
    }

    public Locator summaryPanel() {
        return page.getByTestId("checkout-summary-v2");
    }

    public Locator legacySummary() {
        return page.getByTestId("checkout-summary");
    }

    public Locator total() {
        return page.getByTestId("order-total");
    }

    public CheckoutPage chooseDelivery(String option) {
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(option)).check();
        return this;
    }

    public void placeOrder() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        page.waitForURL("**/orders/**");
    }
}
