package com.copperfox.admin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import com.copperfox.admin.settings.PostHogAdminSettings;

@Push
@Theme("copperfox")
@SpringBootApplication
@EnableConfigurationProperties(PostHogAdminSettings.class)
public class CopperfoxAdminApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(CopperfoxAdminApplication.class, args);
  }
}
