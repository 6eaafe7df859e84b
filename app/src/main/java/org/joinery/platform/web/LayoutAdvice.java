package org.joinery.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.joinery.platform.JoineryProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, their navigation, and the database warning. */
@ControllerAdvice
class LayoutAdvice {

    private final boolean embeddedDatabase;

    LayoutAdvice(JoineryProperties properties) {
        this.embeddedDatabase = properties.db() == null || properties.db().embedded();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        return CurrentUsers.current()
                .map(user -> Navigation.forUser(user, request.getRequestURI()))
                .orElse(List.of());
    }

    @ModelAttribute("embeddedDatabase")
    boolean embeddedDatabase() {
        return embeddedDatabase;
    }
}
