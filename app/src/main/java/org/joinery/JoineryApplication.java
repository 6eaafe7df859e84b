package org.joinery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application. Each direct sub-package is a Spring Modulith application module
 * (organisations, accounts, access, audit, demo, platform, cli); see docs/architecture.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JoineryApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(JoineryApplication.class, args);
    }
}
