package org.junipercrm.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JuniperPortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(JuniperPortalApplication.class, args);
  }
}
