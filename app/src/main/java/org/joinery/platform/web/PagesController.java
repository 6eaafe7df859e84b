package org.joinery.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, each role's home page, and the statements every service publishes. */
@Controller
class PagesController {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("roles", user.roles());
        return "home";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "cookies";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
