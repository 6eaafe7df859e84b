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
 *
 * <p>Joinery's other static files and the webjars are mapped here too, each at its own path, and Spring
 * Boot's catch-all {@code /**} mapping is off (spring.web.resources.add-mappings=false): with a resource
 * chain, every link a page builds is first looked up as a static resource by the mappings that match it,
 * and under {@code /**} that meant four missed class path lookups for each link on each page. Every mapping has
 * a resource chain with its cache, so the stylesheet, script and icon links of the layout are resolved once, not
 * looked up on the class path again for every page served.
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
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/api/*.json").addResourceLocations("classpath:/static/api/").resourceChain(true);
        // Version-less webjar paths are resolved by the chain's webjars resolver, as Spring Boot's own mapping did.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/assets/fonts/**").addResourceLocations("classpath:/static/assets/fonts/").resourceChain(true);
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/static/assets/",
                "classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/assets/").resourceChain(true);
    }
}
