package org.joinery.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page, and the statements every service publishes. (The sign-in page is the accounts module's.) */
@Controller
class PagesController {

    private final String sessionCookieName;
    private final Duration sessionTimeout;
    private final ObjectProvider<RecordsLinked> recordsLinked;

    PagesController(@Value("${server.servlet.session.cookie.name}") String sessionCookieName,
                    @Value("${server.servlet.session.timeout}") Duration sessionTimeout,
                    ObjectProvider<RecordsLinked> recordsLinked) {
        this.sessionCookieName = sessionCookieName;
        this.sessionTimeout = sessionTimeout;
        this.recordsLinked = recordsLinked;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        // Without the linking module (a slice of the application) the page says nothing either way.
        RecordsLinked linked = recordsLinked.getIfAvailable();
        model.addAttribute("recordsLinked", linked == null || linked.anyOf(user.actor().organisationId()));
        return "home";
    }

    @GetMapping("/cookies")
    String cookies(Model model) {
        // The statement names the cookie and timeout this installation is really configured with.
        model.addAttribute("sessionCookieName", sessionCookieName);
        model.addAttribute("sessionTimeoutMinutes", sessionTimeout.toMinutes());
        return "cookies";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
