package org.joinery.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the security configuration handles what it posts. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("signInFailed", error != null);
        return "accounts/sign-in";
    }
}
