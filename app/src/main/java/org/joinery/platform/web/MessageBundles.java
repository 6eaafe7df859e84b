package org.joinery.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All the words Joinery shows, one bundle per module: {@code messages/<module>.properties} on the class path,
 * every one of them found at startup, so a new module adds its file and nothing else. A key belongs to one
 * bundle only ({@code ModuleResourcesTest} checks the bundles are named after modules).
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    /** Where the bundles are, relative to the class path root. */
    public static final String FOLDER = "messages";

    /** The context's message source (the bean name Spring looks for), as Spring Boot would make it for one bundle. */
    @Bean
    ResourceBundleMessageSource messageSource() {
        return load();
    }

    /** The bundles as the pages resolve them, for code that runs without the application (tests, tools). */
    public static ResourceBundleMessageSource load() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code messages/accounts}, {@code messages/platform}, …: every bundle's base name, in name order. */
    public static String[] basenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "/*.properties");
            return Arrays.stream(bundles).map(Resource::getFilename).filter(Objects::nonNull)
                    // messages/residents_cy.properties would be a translation of messages/residents, not a bundle of its own.
                    .filter(name -> !name.contains("_"))
                    .map(name -> FOLDER + "/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles in " + FOLDER + "/", e);
        }
    }
}
