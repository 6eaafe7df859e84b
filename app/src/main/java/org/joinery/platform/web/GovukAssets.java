package org.joinery.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's static assets at {@code /assets/**}, the path its stylesheet expects,
 * straight from the webjar. Joinery's own files under {@code static/assets} come first, so its
 * favicon replaces the crown: Joinery is not a GOV.UK service and must not use the crown or the
 * GDS Transport typeface, whose font files are therefore never served.
 */
@Configuration(proxyBeanMethods = false)
class GovukAssets implements WebMvcConfigurer {

    static final String WEBJAR = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("The " + WEBJAR + " webjar is missing from the classpath");
        }
        registry.addResourceHandler("/assets/fonts/**").addResourceLocations("classpath:/static/assets/fonts/");
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/static/assets/",
                "classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/assets/");
    }
}
