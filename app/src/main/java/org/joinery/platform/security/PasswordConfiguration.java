package org.joinery.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the web application and for command-line tasks that create accounts alike. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can be changed later without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
