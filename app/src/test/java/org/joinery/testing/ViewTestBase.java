package org.joinery.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.platform.web.CurrentUser;
import org.joinery.platform.web.MessageBundles;
import org.joinery.platform.web.Navigation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.servlet.support.csrf.CsrfRequestDataValueProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders one Thymeleaf template with a given model through the application's own template
 * engine, view resolver and messages, as the running application would, and hands back the HTML
 * as a jsoup document. No database and no server: a test renders in milliseconds.
 *
 * <pre>{@code
 * Document page = template("accounts/sign-in").param("error", "").render();
 * }</pre>
 */
@SpringBootTest(classes = ViewTestBase.Views.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public abstract class ViewTestBase {

    /** The CSRF token every rendered form must carry. */
    public static final String CSRF_TOKEN = "test-csrf-token";

    @Autowired
    private ThymeleafViewResolver viewResolver;

    @Autowired
    private WebApplicationContext context;

    /** The words a page should show, from the message bundles, so tests do not repeat them. */
    protected String message(String key, Object... arguments) {
        return context.getMessage(key, arguments, Locale.UK);
    }

    protected Rendering template(String name) {
        return new Rendering(name);
    }

    /** One rendering of a template: the model, who is signed in, and the request it answers. */
    protected final class Rendering {
        private final String name;
        private final Map<String, Object> model = new HashMap<>();
        private final Map<String, String> params = new HashMap<>();
        private String path = "/";
        private CurrentUser user;

        private Rendering(String name) {
            this.name = name;
            model.put("embeddedDatabase", false);
        }

        public Rendering with(String attribute, Object value) {
            model.put(attribute, value);
            return this;
        }

        /** A request parameter, such as {@code error} on the sign-in page. */
        public Rendering param(String parameter, String value) {
            params.put(parameter, value);
            return this;
        }

        /** The path the page is served at, which decides the current navigation item. */
        public Rendering at(String requestPath) {
            this.path = requestPath;
            return this;
        }

        /** Signed in as a member of a test organisation holding these roles. */
        public Rendering signedInAs(Role... roles) {
            return signedIn(false, roles);
        }

        /** Signed in as a member of the host organisation (the one that runs Joinery) holding these roles. */
        public Rendering signedInAtTheHostAs(Role... roles) {
            return signedIn(true, roles);
        }

        private Rendering signedIn(boolean host, Role... roles) {
            Actor actor = new Actor(UUID.randomUUID(), "test-user", UUID.randomUUID(), host, Set.of(roles));
            this.user = new TestUser(actor, "Test User", "Test Borough Council");
            return this;
        }

        public Document render() throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
            request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
            request.addPreferredLocale(Locale.UK);
            params.forEach(request::addParameter);
            CsrfToken csrf = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CSRF_TOKEN);
            request.setAttribute(CsrfToken.class.getName(), csrf);
            request.setAttribute(csrf.getParameterName(), csrf);

            Map<String, Object> pageModel = new HashMap<>(model);
            pageModel.put("currentUser", user);
            pageModel.put("navigation", user == null ? List.of() : Navigation.forUser(user, path));

            View view = viewResolver.resolveViewName(name, Locale.UK);
            MockHttpServletResponse response = new MockHttpServletResponse();
            view.render(pageModel, request, response);
            return Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
        }
    }

    private record TestUser(Actor actor, String displayName, String organisationName) implements CurrentUser {
    }

    /**
     * Deliberately not a {@code @Configuration}: the application's component scan, which also sees
     * test classes, must never add these beans to a full application context.
     */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ThymeleafAutoConfiguration.class})
    @Import(MessageBundles.class)
    static class Views {

        /** What Spring Security registers in the application, so that th:action adds the CSRF field. */
        @Bean
        CsrfRequestDataValueProcessor requestDataValueProcessor() {
            return new CsrfRequestDataValueProcessor();
        }
    }
}
