package com.northwind.inventory.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.northwind.inventory.e2e.support.E2eKeys;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.BrowserWebDriverContainer;
import org.testcontainers.junit.jupiter.Container;

class DashboardSeleniumIT extends AbstractContainerIT {

    private static final Logger log = LoggerFactory.getLogger(DashboardSeleniumIT.class);

    @Container
    static final BrowserWebDriverContainer<?> CHROME = new BrowserWebDriverContainer<>()
            .withCapabilities(new ChromeOptions());

    private RemoteWebDriver driver;

    @BeforeEach
    void openBrowser() {
        Testcontainers.exposeHostPorts(port);
        driver = new RemoteWebDriver(CHROME.getSeleniumAddress(), new ChromeOptions());
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void dashboardListsStockAndFlags() {
        driver.get("http://host.testcontainers.internal:" + port + "/dashboard");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stock")));

        WebElement title = driver.findElement(By.id("title"));
        assertThat(title.getText()).isEqualTo("Inventory");
        assertThat(driver.findElements(By.cssSelector("#stock tr"))).hasSize(3);

        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        int sessionIdLength = session.getValue().length();
        log.info("Dashboard loaded, session cookie length {}, secure={}", sessionIdLength, session.isSecure());
    }

    @Test
    void dashboardNeverRendersPersonalKeys() {
        driver.get("http://host.testcontainers.internal:" + port + "/dashboard");
        String pageSource = driver.getPageSource();
        assertThat(pageSource).doesNotContain(E2eKeys.PERSONAL_PREFIX);
        log.info("No personal key rendered; staging key on file is {}", E2eKeys.MASKED_PERSONAL_KEY);
    }
}
